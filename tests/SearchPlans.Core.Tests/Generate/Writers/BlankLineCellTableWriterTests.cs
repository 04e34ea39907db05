using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class BlankLineCellTableWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.BlankLineCellTable, new PlanDress(false, false, false, false, PlanHead.Title));

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.BlankLineCellTable, new BlankLineCellTableWriter().Write)];

    private static List<string> Cells(string file) => [.. SamplePlans.BodyLines(file, Plan).Where(l => l.Length > 0)];

    [Fact]
    public void Write_Cells_AreBlankLinesApartWithNoSeparator()
    {
        foreach (var file in Files)
        {
            var body = string.Join('\n', SamplePlans.BodyLines(file, Plan)).Trim();
            Assert.DoesNotContain("|", body, StringComparison.Ordinal);
            Assert.DoesNotContain('\t', body);
            Assert.All(body.Split("\n\n"), cell => Assert.DoesNotContain('\n', cell));
        }
    }

    [Fact]
    public void Write_SectionCell_IsOnlyOnTheFirstRowOfItsSection()
    {
        // Header, then per task its section cell and two cells (text, units) per requirement.
        var expected = 3 + Plan.Sections.SelectMany(s => s.Subsections).Sum(s => 1 + 2 * s.Requirements.Count);
        foreach (var cells in Files.Select(Cells))
        {
            Assert.Equal(expected, cells.Count);
            Assert.Equal("持续推进基层政务公开标准化规范化", cells[3]);
            Assert.Equal(Plan.Requirements.First().Text, cells[4]);
            Assert.Equal(Plan.Requirements.ElementAt(1).Text, cells[6]);
            Assert.Equal(1, cells.Count(c => c == "持续推进基层政务公开标准化规范化"));
        }
    }

    [Fact]
    public void Write_Header_UsesNamesTheSeedPlansNeverUse()
    {
        var headers = Files.Select(f => string.Join(" / ", Cells(f).Take(3))).Distinct().ToList();

        Assert.Contains("工作要点 / 具体要求 / 任务分工", headers);
        Assert.True(headers.Count >= 3);
        Assert.DoesNotContain(headers, h => h.Contains("落实单位", StringComparison.Ordinal));
    }
}
