using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Shapes;

public class TabTableShapeTests
{
    [Fact]
    public void Seeds_TabTables_FindEveryNumberedItem()
    {
        Assert.Equal(Enumerable.Range(1, 54).Select(n => n.ToString()), Seeds.Heyuan.Requirements.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 30).Select(n => n.ToString()), Seeds.Jiangmen.Requirements.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 50).Select(n => n.ToString()), Seeds.Zhanjiang.Requirements.Select(r => r.Number));
    }

    [Fact]
    public void LeadAndCooperatingUnitColumns_AreBothTheRequirementsUnits()
    {
        const string text = "某某市2022年政务公开重点工作任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            + "1\t全面公开市场主体准入准营政策，编制企业开办指南。\t市市场监管局\t市政务服务数据管理局\t2022年6月底前\n"
            + "2\t加大涉企收费信息公开力度，及时公开收费目录清单。\t市发展改革委\t市财政局、市市场监管局\t2022年9月底前\n";
        var result = new SearchPlans.Ingest.PlanIngester().Ingest("plan.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal("", SearchPlans.Ingest.TextAccount.Unaccounted(text, result));
        Assert.Equal("tab-separated table", result.Shape);
        Assert.Empty(result.Warnings);
        Assert.Equal(["市市场监管局", "市政务服务数据管理局"], result.Plan!.Requirements[0].Units.Select(u => u.Name));
        Assert.Equal(["市发展改革委", "市财政局", "市市场监管局"], result.Plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void NumberColumn_NumbersEachTask_AndANumberWithoutATaskIsKept()
    {
        const string text = "某某市2022年政务公开重点工作任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
            + "1\t全面公开市场主体准入准营政策，编制企业开办指南。\t市市场监管局\t2022年6月底前\n"
            + "2\t加大涉企收费信息公开力度，及时公开收费目录清单。\t市发展改革委\t2022年9月底前\n"
            + "3\n";
        var result = new SearchPlans.Ingest.PlanIngester().Ingest("plan.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal("", SearchPlans.Ingest.TextAccount.Unaccounted(text, result));
        Assert.Equal("tab-separated table", result.Shape);
        Assert.Equal(["1", "2"], result.Plan!.Requirements.Select(r => r.Number));
        Assert.Contains(result.Plan.Remainder, r => r.Text == "3");
    }

    [Fact]
    public void BlankUnitCell_InheritsTheUnitOfTheRowAbove()
    {
        var item7 = Seeds.Heyuan.Item("7");
        Assert.True(item7.UnitsInherited);
        Assert.Equal("各县（区）人民政府（管委会），市直各单位", item7.UnitsText);

        // Item 14 sits in the wrong column and has no unit cell; it inherits through items 12 and 13 from item 11.
        var item14 = Seeds.Heyuan.Item("14");
        Assert.Equal(Seeds.Heyuan.Item("11").UnitsText, item14.UnitsText);
        Assert.Equal(["市卫生健康局", "市政务服务数据管理局"], item14.LeadUnits);
    }

    [Theory]
    [InlineData("14", "进一步规范流调信息发布和管理，保护个人隐私，避免对当事人正常生活产生不良影响。", "(一) 持续做好疫情防控信息公开。")]
    [InlineData("20", "做好对中小微企业、个体工商户、相关服务业支持政策和促进消费政策措施的公开工作。", "(三) 围绕扩大有效投资、推动国家重大发展战略落地落实加强信息公开。")]
    [InlineData("34", "切实落实政务舆情回应主体责任", "(三) 积极回应社会关切。")]
    public void ItemNumberInWrongColumn_IsStillARequirementInItsSection(string number, string textStart, string section)
    {
        var item = Seeds.Heyuan.Item(number);
        Assert.StartsWith(textStart, item.Text);
        Assert.Equal(section, item.SectionPath[^1]);
        Assert.Contains(Seeds.ResultOf(Seeds.Heyuan).Warnings, w => w.Contains($"item {number} is printed in column"));
    }

    [Fact]
    public void CellCutByPageBreak_IsJoinedMidWord()
    {
        var item5 = Seeds.Jiangmen.Item("5");
        Assert.Contains("战略性新兴产业集群建设、数字经济", item5.Text);
        Assert.Equal(new SourceSpan(28, 30), item5.Source);
        Assert.Equal("二、围绕服务中心工作、助力经济社会平稳健康发展深化重点领域信息公开", item5.SectionPath[0]);
        Assert.Equal("(二)围绕扩大有效投资、推动国家重大发展战略落地落实加强信息公开。", item5.SectionPath[1]);

        Assert.EndsWith("同时做好对已失效、已废止文件的明确标识。", Seeds.Jiangmen.Item("21").Text);
        Assert.Contains("积极向国务院办公厅《政务公开工作交流》刊物投稿", Seeds.Jiangmen.Item("27").Text);

        var item38 = Seeds.Zhanjiang.Item("38");
        Assert.Equal("正确适用《政府信息公开信息处理费管理办法》，严格依照规定的标准程序、方式计收信息处理费。", item38.Text);
        Assert.StartsWith("各县（市、区）政府（管委会）；市直各单位。", item38.UnitsText);
        Assert.Equal("长期工作", item38.Deadline);
    }

    [Fact]
    public void PageBreakInsideUnitCell_JoinsTheUnitList()
    {
        var units = Seeds.Zhanjiang.Item("34").Units.Select(u => u.Name).ToList();
        Assert.Contains("市司法局", units);
        Assert.Equal(19, units.Count);
        Assert.Equal("市医保局", units[^1]);
    }

    [Fact]
    public void CellWithSeveralNumberedItems_BecomesOneRequirementEach_SharingUnitAndDeadline()
    {
        var z = Seeds.Zhanjiang;
        Assert.Equal("主动公开全国统一的市场准入负面清单，及时根据调整情况做好更新发布。", z.Item("3").Text);
        Assert.Equal("及时公开建设高标准市场体系行动方案的落实举措。", z.Item("4").Text);
        Assert.Equal("强化行政执法信息公开，加强反垄断与反不正当竞争执法信息公开工作。", z.Item("5").Text);
        foreach (var n in new[] { "3", "4", "5" })
        {
            Assert.Equal("2021 年 12 月前", z.Item(n).Deadline);
            Assert.Equal(["市发展改革委", "市商务局", "市市场监管局"], z.Item(n).LeadUnits);
        }
        Assert.False(z.Item("3").UnitsInherited);
        Assert.True(z.Item("4").UnitsInherited);
        Assert.Equal("9", z.Item("9").Number);
        Assert.StartsWith("市财政局要有效推动", z.Item("9").Text);
    }

    [Fact]
    public void ItemCutByPageBreakWithNextItemInTheSameCell_SplitsAfterJoining()
    {
        var z = Seeds.Zhanjiang;
        Assert.Contains("深化改革扩大开放、加强污染防治", z.Item("13").Text);
        Assert.EndsWith("为实现今年经济社会发展主要预期目标营造良好氛围。", z.Item("13").Text);
        Assert.StartsWith("市直各单位要综合运用新闻发布会", z.Item("14").Text);
        Assert.Equal("长期工作", z.Item("14").Deadline);
        Assert.True(z.Item("14").DeadlineInherited);
    }

    [Fact]
    public void LabelFollowedByYear_IsStillALabel()
    {
        Assert.Equal("2021 年底前县级以上政府门户网站全部支持互联网协议第 6 版。", Seeds.Zhanjiang.Item("32").Text);
    }

    [Fact]
    public void RepeatedHeaderAndSectionCells_AreKeptAsRemainderNotAsNewSections()
    {
        var heyuan = Seeds.Heyuan;
        Assert.Equal(5, heyuan.Sections.Count);
        Assert.Equal(5, heyuan.Sections[1].Children.Count);
        Assert.Equal(10, heyuan.Remainder.Count(r => r.Kind == RemainderKind.TableHeader));
        Assert.Contains(heyuan.Remainder, r => r.Kind == RemainderKind.PageRepeat && r.Text == "二、围绕服务中心工作、助力经济社会平稳健康发展重点领域信息公开");
        Assert.Equal(["五、坚持全市一盘棋，强化工作指导监督"], heyuan.Item("45").SectionPath);
    }

    [Fact]
    public void DeadlineColumn_IsReadAsPrinted()
    {
        Assert.Equal("2021 年 9 月前完成现有规划文件主动公开；长期工作", Seeds.Zhanjiang.Item("1").Deadline);
        Assert.Equal("2022年1月前", Seeds.Zhanjiang.Item("42").Deadline);
        Assert.All(Seeds.Heyuan.Requirements, r => Assert.Null(r.Deadline));
    }
}
