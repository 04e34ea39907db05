using System.Text.RegularExpressions;
using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class NumberedProseWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.NumberedProse);

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.NumberedProse, new NumberedProseWriter().Write)];

    [Fact]
    public void Write_NamesNoUnitAnywhere()
    {
        string[] unitWords = ["责任单位", "牵头", "负责", "配合", "财政局", "司法局", "直各单位"];
        Assert.All(Files, file => Assert.All(unitWords, word => Assert.DoesNotContain(word, file, StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Tasks_AreLinesNumberedThroughThePlanUnderTheirHeadings()
    {
        foreach (var file in Files)
        {
            var lines = SamplePlans.BodyLines(file, Plan).Where(l => l.Length > 0).ToList();
            Assert.Equal(
                [.. Plan.Requirements.Select((r, i) => $"{i + 1}.{r.Text}")],
                lines.Where(l => Regex.IsMatch(l, @"^\d+\.")).ToList());
            Assert.Contains("一、优化政务公开工作基础", lines);
            Assert.Contains(lines, l => l is "（二）做好财政信息公开。" or "(二)做好财政信息公开。");
            Assert.Contains("二、深化重点领域信息公开", lines);
        }
    }

    [Fact]
    public void Write_OpensWithAPreambleBeforeTheFirstSection()
    {
        Assert.All(Files, file => Assert.StartsWith($"{Plan.Year}年，{Plan.Jurisdiction.Name}政务公开工作要以", SamplePlans.BodyLines(file, Plan).First(l => l.Length > 0), StringComparison.Ordinal));
    }
}
