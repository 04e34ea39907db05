using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class PipeCellTableWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.PipeCellTable);

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.PipeCellTable, new PipeCellTableWriter().Write)];

    private static List<string> Body(string file) => [.. SamplePlans.BodyLines(file, Plan).Where(l => l.Length > 0)];

    [Fact]
    public void Write_EveryCell_IsALineOfItsOwnWithABarAloneBetweenCells()
    {
        foreach (var body in Files.Select(Body))
        {
            Assert.All(body.Where((_, i) => i % 2 == 1), line => Assert.Equal("|", line));
            Assert.All(body.Where((_, i) => i % 2 == 0), line => Assert.DoesNotContain("|", line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_RequirementCells_HoldTheWholeTextWithNoNumberOrSection()
    {
        foreach (var body in Files.Select(Body))
        {
            Assert.All(Plan.Requirements, r => Assert.Contains(r.Text, body));
            Assert.DoesNotContain(body, l => l.Contains("持续推进基层政务公开标准化规范化", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_AcrossPages_HasADeadlineColumnOnMostAndNotOnAll()
    {
        var withDeadlines = Files.Count(f => f.Contains("长期工作", StringComparison.Ordinal));

        Assert.InRange(withDeadlines, Files.Count / 2, Files.Count - 1);
    }
}
