using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class PipeRowTableWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.PipeRowTable);

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.PipeRowTable, new PipeRowTableWriter().Write)];

    private static List<string[]> Rows(string file) =>
        [.. SamplePlans.BodyLines(file, Plan).Where(l => l.Trim() is not ("" or "|")).Select(l => l.Split(" | ").Select(c => c.Trim(' ', '|')).ToArray())];

    [Fact]
    public void Write_EveryRequirementRow_EndsWithABar()
    {
        foreach (var file in Files)
        {
            var lines = SamplePlans.BodyLines(file, Plan);
            Assert.All(Plan.Requirements, r => Assert.EndsWith(" |", lines.Single(l => l.Contains(r.Text, StringComparison.Ordinal)), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_TaskOfSeveralRows_PrintsItsTaskCellOnlyOnItsFirstRow()
    {
        foreach (var file in Files)
        {
            var rows = Rows(file);
            var first = rows.Single(r => r.Any(c => c.EndsWith(Plan.Requirements.First().Text, StringComparison.Ordinal)));
            var second = rows.Single(r => r.Any(c => c.EndsWith(Plan.Requirements.ElementAt(1).Text, StringComparison.Ordinal)));
            Assert.Contains(first, c => c.Contains("持续推进基层政务公开标准化规范化", StringComparison.Ordinal));
            Assert.DoesNotContain(second, c => c.Contains("持续推进基层政务公开标准化规范化", StringComparison.Ordinal));
            Assert.Equal(first.Length - 1, second.Length);
        }
    }

    [Fact]
    public void Write_RowSharingTheUnitsAndDeadlineAbove_EndsAfterItsText()
    {
        foreach (var file in Files)
        {
            var third = Plan.Requirements.ElementAt(2).Text;
            var row = Rows(file).Single(r => r.Any(c => c.EndsWith(third, StringComparison.Ordinal)));
            Assert.EndsWith(third, row[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_EveryRequirement_IsOneCellHoldingItsWholeText()
    {
        foreach (var file in Files)
        {
            var cells = Rows(file).SelectMany(r => r).ToList();
            Assert.All(Plan.Requirements, r => Assert.Single(cells, c => c.Contains(r.Text, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Write_AcrossPages_SplitsTheHeaderAddsSerialAndDeadlineColumnsAndStrayBars()
    {
        Assert.Contains(Files, f => SamplePlans.BodyLines(f, Plan).Any(l => l.StartsWith("| ", StringComparison.Ordinal)));
        Assert.Contains(Files, f => SamplePlans.BodyLines(f, Plan).Any(l => l.StartsWith("序号 | ", StringComparison.Ordinal)));
        Assert.Contains(Files, f => f.Contains("2022年6月前", StringComparison.Ordinal));
        Assert.Contains(Files, f => SamplePlans.BodyLines(f, Plan).Contains("|"));
        Assert.Contains(Files, f => !SamplePlans.BodyLines(f, Plan).Contains("|"));
    }

    [Fact]
    public void Write_WithoutASerialColumn_NumbersTasksAndRequirementsThroughThePlan()
    {
        var plain = Files.First(f => !f.Contains("序号", StringComparison.Ordinal));

        Assert.Contains("一、持续推进基层政务公开标准化规范化。 | 1.动态更新", plain, StringComparison.Ordinal);
        Assert.Contains("三、做好疫情防控信息公开。 | 5.加强疫情防控", plain, StringComparison.Ordinal);
    }
}
