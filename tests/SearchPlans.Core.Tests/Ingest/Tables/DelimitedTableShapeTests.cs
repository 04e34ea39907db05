using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest.Tables;

public class DelimitedTableShapeTests
{
    private static IngestResult Read(string text) => new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));

    private static void AssertNothingLost(string text, IngestResult result)
    {
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
    }

    [Fact]
    public void MarkdownTable_IsReadRowByRow()
    {
        const string text = "# 2023年某县政务公开工作任务清单\n\n| 重点任务 | 牵头部门 | 完成时间 |\n|---|---|:--:|\n| 做好预决算公开工作。 | 县财政局 | 2023年6月底前 |\n| 加强政策解读。 | 县政府办公室、县司法局 | 长期坚持 |\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        var plan = result.Plan!;
        Assert.Equal("delimited table", result.Shape);
        Assert.Equal(["做好预决算公开工作。", "加强政策解读。"], plan.Requirements.Select(r => r.Text));
        Assert.Equal(["县政府办公室", "县司法局"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Equal("2023年6月底前", plan.Requirements[0].Deadline);
    }

    [Fact]
    public void HeaderCellsWrappedOntoTheNextLines_AreHeaderNotRows()
    {
        const string text = "某某市2021年政务公开工作任务分工\n序号\t工作任务\t责任\n单位\t完成\n时限\n"
            + "1\t推进行政执法公示，全面公开执法主体、依据、程序等信息。\t市司法局\t2021年底前\n"
            + "2\t加强政务新媒体管理，开展常态化监管。\t市政府办公室\t持续推进\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["推进行政执法公示，全面公开执法主体、依据、程序等信息。", "加强政务新媒体管理，开展常态化监管。"],
            result.Plan!.Requirements.Select(r => r.Text));
        Assert.Equal(["市司法局", "市政府办公室"], result.Plan.Requirements.Select(r => r.UnitsText));
    }

    [Fact]
    public void UnitsColumnBeforeTheTask_NamingSections_IsReadAsUnits()
    {
        const string text = "某某县教育局2022年政务公开工作任务台账\n序号|工作任务|责任股室|工作措施|完成时间\n"
            + "1|政策解读|办公室|对局出台的规范性文件同步开展解读。|全年\n"
            + "2|招生入学信息公开|基础教育股|及时公开义务教育阶段招生政策和学区划分。|2022年8月底前\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["办公室", "基础教育股"], result.Plan!.Requirements.Select(r => r.UnitsText));
        Assert.Equal(["对局出台的规范性文件同步开展解读。", "及时公开义务教育阶段招生政策和学区划分。"], result.Plan.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void TableWhoseColumnsPdfTextKeptApartWithSpaces_IsReadRowByRow()
    {
        const string text = "某某县2022年政务公开重点工作任务分工\n序号    工作任务                              责任单位        完成时限\n"
            + "1       持续做好疫情防控信息发布，及时准确公开。    县卫生健康局    持续推进\n"
            + "2       加强惠企政策公开，编制惠企政策清单。        县发展改革局    2022年6月底前\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["持续做好疫情防控信息发布，及时准确公开。", "加强惠企政策公开，编制惠企政策清单。"], result.Plan!.Requirements.Select(r => r.Text));
        Assert.Equal(["县卫生健康局", "县发展改革局"], result.Plan.Requirements.Select(r => r.UnitsText));
        Assert.Equal("2022年6月底前", result.Plan.Requirements[1].Deadline);
    }

    [Fact]
    public void TabTableWithHeaderNamesNoListKnows_IsReadByItsCells()
    {
        const string text = "2022年某市政务公开工作要点分工\n\n目标\t举措\t主办处室\n一、优化公开平台\t1.完善政府网站集约化建设。\t市政数局\n\t2.加强政务新媒体管理。\t市委网信办、市政数局\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(2, result.Plan!.Requirements.Count);
        Assert.All(result.Plan.Requirements, r => Assert.Equal(["一、优化公开平台"], r.SectionPath));
        Assert.Equal(["市委网信办", "市政数局"], result.Plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void HtmlTableRows_AreReadCellByCell()
    {
        const string text = "2022年某区政务公开工作任务分工\n<table>\n<tr><th>工作任务</th><th>责任单位</th></tr>\n<tr><td>1.做好权责清单公开。</td><td>区委编办</td></tr>\n<tr><td>2.做好财政预决算公开。</td><td>区财政局</td></tr>\n</table>\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["做好权责清单公开。", "做好财政预决算公开。"], result.Plan!.Requirements.Select(r => r.Text));
        Assert.Equal(["区财政局"], result.Plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void UnitCellPushedToALineOfItsOwn_JoinsTheRowAbove()
    {
        const string text = "2021年某市政务公开重点工作任务分工\n工作任务 | 责任单位 |\n1.做好规划公开。 |\n| 市发展改革局 |\n2.做好财政公开。 | 市财政局 |\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["市发展改革局"], result.Plan!.Requirements[0].Units.Select(u => u.Name));
    }

    [Fact]
    public void RowsNumberedInChinese_TakeTheNumeralAsTheirNumber()
    {
        const string text = "2022年某县政务公开工作任务分工\n序号 | 工作任务 | 责任单位\n一 | 做好规划公开。 | 县发改局\n二 | 做好财政公开。 | 县财政局\n";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Equal(["一", "二"], result.Plan!.Requirements.Select(r => r.Number));
        Assert.Equal(["做好规划公开。", "做好财政公开。"], result.Plan.Requirements.Select(r => r.Text));
    }

    // Found by the any-text property: a cell stream cut after a row number lost the number.
    [Fact]
    public void RowNumberNoCellFollows_InACellStream_IsKept()
    {
        const string text = "序号\t工作任务\t责任单位\t完成时限序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
            + "\t1.评价各单位政策解读是否做到“三同步”。\n\t\n5";
        var result = Read(text);
        AssertNothingLost(text, result);
        Assert.Contains(result.Plan!.Remainder, r => r.Text == "5");
    }
}

public class TabHeaderWithoutTaskColumnTests
{
    [Fact]
    public void TabTableWhoseHeaderNamesNoTaskColumn_IsReadByItsCells()
    {
        const string text = "2022年某县政务公开工作任务分工\n序号\t落实单位\n1\t做好规划公开。\t县发改局\t多出的一格\n";
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
        Assert.Contains(result.Plan!.Requirements, r => r.Text.StartsWith("做好规划公开。", StringComparison.Ordinal));
    }
}
