using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest.Outline;

public class OutlineShapeTests
{
    private static IngestResult Read(string text)
    {
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
        return result;
    }

    [Fact]
    public void UnitsAndDeadlinePrintedOnLinesAfterATask_AreItsFields()
    {
        var plan = Read("2023年某市政务公开工作要点\n\n一、加强重点领域信息公开\n1.做好财政预决算公开。\n牵头单位：市财政局 配合单位：各区政府\n完成时限：2022年底前\n2.做好政策解读。责任单位：市政府办公室\n").Plan!;
        var first = plan.Requirements[0];
        Assert.Equal(("1", "做好财政预决算公开。", "2022年底前"), (first.Number, first.Text, first.Deadline));
        Assert.Equal(["市财政局", "各区政府"], first.Units.Select(u => u.Name));
        Assert.Equal(["市财政局"], first.LeadUnits);
        Assert.Equal(["市政府办公室"], plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void DeadlinePrintedInTheUnitsBracket_IsTheTasksDeadline_AndNoUnit()
    {
        var plan = Read("某区2021年政务公开重点工作任务分工方案\n一、深化重点领域信息公开\n"
            + "1．推进重大建设项目信息公开。重点公开批准和实施等信息。（责任单位：区发改局、区住建局；完成时限：2021年12月底前）\n"
            + "2．推进生态环境信息公开。及时公开环境质量状况。（牵头单位：区生态环境分局；配合单位：区自然资源局；完成时限：2021年11月底前）\n"
            + "3．规范依申请公开工作。2020年底前已完成制度修订。（完成时限：持续推进；责任单位：区政府办公室）\n").Plan!;
        Assert.Equal(["2021年12月底前", "2021年11月底前", "持续推进"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["区发改局", "区住建局"], plan.Requirements[0].Units.Select(u => u.Name));
        Assert.Equal(["区生态环境分局", "区自然资源局"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Equal(["区生态环境分局"], plan.Requirements[1].LeadUnits);
        Assert.Equal(["区政府办公室"], plan.Requirements[2].Units.Select(u => u.Name));
    }

    [Fact]
    public void GeneralRequirementsSection_IsKeptAsPreamble()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、总体要求\n（一）指导思想\n坚持以人民为中心。\n二、重点任务\n（一）做好规划公开。\n").Plan!;
        Assert.Equal(["做好规划公开。"], plan.Requirements.Select(r => r.Text));
        Assert.Contains(plan.Remainder, r => r.Kind == Model.RemainderKind.Preamble && r.Text.Contains("指导思想", StringComparison.Ordinal));
    }

    [Fact]
    public void PartCutOffByTheEndOfTheFile_IsKeptWithAWarning()
    {
        var result = Read("某县2022年政务公开工作要点\n一、重点任务\n（一）做好规划公开。\n（二）");
        Assert.Single(result.Plan!.Requirements);
        Assert.Contains(result.Warnings, w => w.Contains("has no text", StringComparison.Ordinal));
    }

    [Fact]
    public void RequirementsOfAnOutline_DoNotInheritTheUnitsOfTheTaskBefore()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、重点任务\n1.做好规划公开。（责任单位：县发改局）\n2.做好财政公开。\n").Plan!;
        Assert.Empty(plan.Requirements[1].Units);
    }

    [Fact]
    public void UnitsAHeadingNames_AreTheTasksBelowIt_UnlessATaskNamesItsOwn()
    {
        var plan = Read("某市2022年政务公开工作要点\n一、重点任务\n（一）做好财政信息公开（牵头单位：市财政局）\n1.公开预算。\n2.公开决算。（责任单位：市审计局）\n").Plan!;
        Assert.Equal(["市财政局"], plan.Requirements[0].Units.Select(u => u.Name));
        Assert.True(plan.Requirements[0].UnitsInherited);
        Assert.Equal(["市审计局"], plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void SignatureAndDateAfterTheLastTask_AreKeptAsTheColophon()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、重点任务\n（一）做好规划公开。\n\n某县人民政府办公室\n2022年3月1日印发\n").Plan!;
        Assert.Equal("做好规划公开。", plan.Requirements.Single().Text);
        Assert.Contains(plan.Remainder, r => r.Kind == Model.RemainderKind.Signature);
    }
}
