using System.Text.RegularExpressions;
using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed partial class OutlineWriterTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.Outline);

    private static readonly List<string> Files = [.. SamplePlans.Files(PlanLayout.Outline, new OutlineWriter().Write)];

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.)")]
    private static partial Regex Heading();

    [Fact]
    public void Write_EveryBodyLine_IsAHeadingOrANumberedTask()
    {
        foreach (var file in Files)
            Assert.All(SamplePlans.BodyLines(file, Plan).Where(l => l.Length > 0), line => Assert.Matches(Heading(), line));
    }

    [Fact]
    public void Write_OpensWithTheGeneralRequirementsSection_AndRestartsNumberingUnderEachTask()
    {
        foreach (var file in Files)
        {
            var lines = SamplePlans.BodyLines(file, Plan).Where(l => l.Length > 0).ToList();
            Assert.Equal("一、总体要求", lines[0]);
            Assert.Equal("二、优化政务公开工作基础", lines[3]);
            Assert.Equal($"1.{Plan.Requirements.First().Text}", lines[5]);
            Assert.Equal($"1.{Plan.Requirements.ElementAt(3).Text}", lines.Single(l => l.EndsWith(Plan.Requirements.ElementAt(3).Text, StringComparison.Ordinal)));
            Assert.Equal("三、深化重点领域信息公开", lines[^4]);
        }
    }

    [Fact]
    public void Assign_OutlineRequirements_AreNumberedUnderTheSectionsAfterTheGeneralRequirements()
    {
        // 一、总体要求 is preamble (read as remainder), so 二、 is the first section.
        Assert.Equal(["sample-2022-1.1.1", "sample-2022-1.1.2", "sample-2022-1.1.3", "sample-2022-1.2.1", "sample-2022-2.1.1", "sample-2022-2.1.2"], Plan.Requirements.Select(r => r.Id));
    }
}
