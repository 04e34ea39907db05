using System.Text.RegularExpressions;
using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class BracketUnitProseWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.BracketUnitProse);

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.BracketUnitProse, new BracketUnitProseWriter().Write)];

    [Fact]
    public void Write_EveryTask_IsNumberedAndClosedByABracketNamingItsUnits()
    {
        foreach (var file in Files)
        {
            var first = Plan.Requirements.First();
            var second = Plan.Requirements.ElementAt(1);
            Assert.Matches($@"1[.、]{Regex.Escape(first.Text)}（(责任单位：市司法局|市司法局负责落实|市司法局牵头落实)）", file);
            Assert.Matches($@"2[.、]{Regex.Escape(second.Text)}（(责任单位：市财政局、市直各单位|市财政局、市直各单位分别负责落实|市财政局牵头，市直各单位配合)）", file);
        }
    }

    [Fact]
    public void Write_AcrossPlans_UsesEveryBracketFormAndSometimesOneLine()
    {
        Assert.Contains(Files, f => f.Contains("（责任单位：", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.Contains("负责落实）", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.Contains("牵头，市直各单位配合）", StringComparison.Ordinal));
        Assert.Contains(Files, f => SamplePlans.BodyLines(f, Plan).Count(l => l.Length > 0) == 1);
        Assert.Contains(Files, f => SamplePlans.BodyLines(f, Plan).Count(l => l.Length > 0) > 1);
    }

    [Fact]
    public void Write_OnePlan_UsesOneBracketForm()
    {
        foreach (var file in Files)
        {
            var forms = new[] { "（责任单位：", "负责落实）", "配合）" }.Count(f => file.Contains(f, StringComparison.Ordinal));
            Assert.Equal(1, forms);
        }
    }
}
