using SearchPlans.Model;

namespace SearchPlans.Tests;

/// <summary>
/// A small corpus built by hand from requirements printed in the seed plans, so index and search
/// tests do not depend on ingestion. Shared with the CLI tests (linked into that project).
/// </summary>
internal static class SampleCorpus
{
    public const string Heyuan = "heyuan-2022";
    public const string Conghua = "conghua-2019";
    public const string Zhanjiang = "zhanjiang-2021";
    public const string Qingyuan = "qingyuan-2022";

    public static Corpus Create() => new([HeyuanPlan(), ConghuaPlan(), ZhanjiangPlan(), QingyuanPlan()]);

    public static int RequirementCount => Create().Plans.Sum(p => p.Requirements.Count);

    private static Plan HeyuanPlan()
    {
        string[] basics = ["一、优化政务公开工作基础", "(一) 深化行政规章、规范性文件集中公开。"];
        string[] interpretation = ["三、推动重大政策解读提质增效、优化政策咨询服务", "(一) 围绕省委“1+1+9”和市委“五大产业、七大行动”工作部署加大重大政策解读力度。"];
        return NewPlan(Heyuan, "河源市贯彻落实省政府办公厅2022年政务公开工作要点分工方案",
            new Jurisdiction("河源市", AdminLevel.City, "广东省"), 2022, null, null, null,
        [
            new Requirement($"{Heyuan}-1", "1", basics,
                "依托政府信息公开平台进一步完善市级行政规章建设，高质量发布现行有效规章正式版本，巩固规章集中公开工作成果，及时做好规章动态更新。",
                "市府办公室，市司法局", [new("市府办公室", false), new("市司法局", false)], false, null, [], new SourceSpan(6, 6)),
            new Requirement($"{Heyuan}-5", "5", ["一、优化政务公开工作基础", "(二) 持续推进基层政务公开标准化规范化。"],
                "县级政府要优化公开方式，综合利用村（居）民微信群、益农信息社、农村（社区）公开栏以及广播、电视、报纸等媒介，及时公开涉农补贴申报信息，同时汇总当年面向农村的各类惠民惠农财政补贴资金实际发放结果，年底前将发放结果以村为单位通过村务公开栏公开，公开期满相关材料留存村委会供村民查询。各级财政部门要做好业务指导。",
                "各县（区）人民政府（管委会），市财政局", [new("各县（区）人民政府（管委会）", false), new("市财政局", false)], false, null, [], new SourceSpan(13, 13)),
            new Requirement($"{Heyuan}-26", "26", interpretation,
                "落实《广东省政府系统政策解读工作细则（试行）》“三同步”工作机制，做到应解读尽解读。进一步提升解读材料质量，突出核心概念、新旧政策差异、影响范围、执行标准、办事指引及注意事项等，精准传递政策意图。负责政策解读的部门要针对社会公众对政策可能存在的关注点、疑虑点，重点解读文件中与群众切实利益相关、与企业生产生活密切的内容，提高解读针对性。",
                "各县（区）人民政府（管委会），市直各单位", [new("各县（区）人民政府（管委会）", false), new("市直各单位", false)], false, null, [], new SourceSpan(41, 41)),
        ]);
    }

    private static Plan ConghuaPlan()
    {
        string[] section = ["一、着眼稳定预期，加强政策解读和回应关切", "（一）深入解读重要政策措施。"];
        return NewPlan(Conghua, "从化区2019年政务公开工作要点分工方案",
            new Jurisdiction("从化区", AdminLevel.District, "广东省"), 2019, null, null, null,
        [
            new Requirement($"{Conghua}-1-1-1", "1", section, "全面公开、精准解读重要政策措施。", "各单位", [new("各单位", false)], false, null,
                ["评价各单位当年政策文件公开和解读的数量、比例、及时性及效果。", "不属于行政规范性文件的重要政策措施，由区政府办公室点题解读，将完成情况纳入评价。"],
                new SourceSpan(14, 17)),
            new Requirement($"{Conghua}-1-1-2", "2", section, "政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。", "各单位", [new("各单位", false)], false, null,
                ["评价各单位政策解读是否做到“三同步”。", "规范性文件送审时未同步报送解读材料的，区政府办公室作退文处理。", "评价规范性文件网上公布后3个工作日内，解读材料是否关联公开。"],
                new SourceSpan(18, 23)),
            new Requirement($"{Conghua}-1-1-3", "3", section, "政府常务会议的公开议题，在会后进行发布和解读。", "各议题主办单位", [new("各议题主办单位", false)], false, null,
                ["评价议题主办单位是否按区政府办公室通知要求，在会议当天20时前完成区政府常务会议议题新闻资料（由记者拟初稿）的审核工作。"],
                new SourceSpan(24, 29)),
        ]);
    }

    private static Plan ZhanjiangPlan()
    {
        const string counties = "各县（市、区）政府（管委会）";
        return NewPlan(Zhanjiang, "湛江市 2021 年政务公开工作要点分工方案",
            new Jurisdiction("湛江市", AdminLevel.City, "广东省"), 2021, null, null, null,
        [
            new Requirement($"{Zhanjiang}-1", "1", ["做好各类规划主动公开"],
                "县级以上各级人民政府主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等，做好历史规划（计划）的归集整理和主动公开工作。",
                counties + "；市政府办公室牵头，市直各单位按职责分工落实",
                [new(counties, false), new("市政府办公室", true), new("市直各单位", false)], false,
                "2021 年 9 月前完成现有规划文件主动公开；长期工作", [], new SourceSpan(6, 6)),
            new Requirement($"{Zhanjiang}-6", "6", ["做好财政信息公开"], "积极推进部门所属单位预算、决算及相关报表公开。",
                counties + "、市直各单位", [new(counties, false), new("市直各单位", false)], false, "长期工作", [], new SourceSpan(9, 9)),
        ]);
    }

    private static Plan QingyuanPlan() =>
        NewPlan(Qingyuan, "2022年庆元县政务公开工作要点", new Jurisdiction("庆元县", AdminLevel.County, "浙江省"), 2022,
            "庆政办发〔2022〕37号", "庆元县人民政府办公室", new DateOnly(2022, 6, 13),
        [
            new Requirement($"{Qingyuan}-1-1-3", null, ["一、围绕中心工作、重大事项，深化主动公开", "（一）聚焦“最生态窗口”和共同富裕示范区建设加大公开力度。"],
                "在项目预算公开方面开展试点，推动项目预算安排、使用情况等项目信息向社会公开，探索建立民生项目预算信息公示制度。",
                "县财政局牵头负责", [new("县财政局", true)], false, null, [], new SourceSpan(25, 25)),
        ]);

    private static Plan NewPlan(string id, string title, Jurisdiction jurisdiction, int? year, string? docNumber, string? issuer,
        DateOnly? issued, IReadOnlyList<Requirement> requirements) =>
        new(id, title, jurisdiction, year, docNumber, issuer, issued,
            docNumber is null ? [] : [new CitedDocument("关于印发", docNumber)],
            [new Section(requirements[0].SectionPath[0], [], new SourceSpan(2, 3))],
            requirements,
            [new RemainderPiece(RemainderKind.Preamble, "各乡（镇）人民政府，街道办事处：", SourceSpan.Line(1))],
            id + ".txt");
}
