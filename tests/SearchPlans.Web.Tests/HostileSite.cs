using SearchPlans.Model;

namespace SearchPlans.Tests.Web;

/// <summary>
/// A province's plan and a city plan that carries it out, whose titles, sections, texts, units, deadlines and
/// remainder hold markup and script: every page must show it as text.
/// </summary>
public sealed class HostileSite() : IndexedSite([Province(), City()])
{
    public const string Script = "<script>alert('x')</script>";
    public const string Encoded = "&lt;script&gt;alert(";
    public const string ProvincePlan = "guangdong-2022";
    public const string CityPlan = "jiashi-2022";

    private const string Interpretation = "做好政策解读工作" + Script + "，落实政策文件与解读材料同步组织、同步审签、同步部署的三同步机制，提高解读质量。";
    private const string Budget = "推进预算决算公开<img src=x onerror=alert(1)>，细化公开到功能分类项级科目。";

    private static Plan Province() => Plan(ProvincePlan, "广东省2022年政务公开工作要点" + Script,
        new Jurisdiction("广东省", AdminLevel.Province, "广东省"),
        Item(ProvincePlan, "1", Interpretation), Item(ProvincePlan, "2", Budget));

    private static Plan City() => Plan(CityPlan, "甲市贯彻落实省政府办公厅2022年政务公开工作要点分工方案",
        new Jurisdiction("甲市" + Script, AdminLevel.City, "广东省"),
        Item(CityPlan, "1", Interpretation), Item(CityPlan, "2", "建设政府网站集约化平台" + Script + "，统一信息资源库。"));

    private static Plan Plan(string id, string title, Jurisdiction jurisdiction, params Requirement[] requirements) => new(
        id, title, jurisdiction, 2022, "粤办〔2022〕1号" + Script, "办公厅" + Script, new DateOnly(2022, 5, 1), [],
        [new Section("一、深化政策解读" + Script, [], SourceSpan.Line(2))],
        requirements,
        [new RemainderPiece(RemainderKind.Preamble, "各地各部门：" + Script, SourceSpan.Line(1))],
        id + Script + ".txt");

    private static Requirement Item(string plan, string number, string text) => new(
        $"{plan}-{number}", number, ["一、深化政策解读" + Script], text, "市政务服务数据管理局" + Script,
        [new ResponsibleUnit("市政务服务数据管理局" + Script, true)], false, "年底前" + Script, ["评价" + Script], SourceSpan.Line(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) + 2));
}
