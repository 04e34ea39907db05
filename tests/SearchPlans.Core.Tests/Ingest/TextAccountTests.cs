using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest;

public class TextAccountTests
{
    public static TheoryData<string> SeedFiles() => [.. Seeds.Results.Select(r => r.SourceName)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void EverySeed_LosesNoTextAndDuplicatesNone(string file)
    {
        var result = Seeds.Results.Single(r => r.SourceName == file);
        var source = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, file));
        Assert.Equal("", TextAccount.Unaccounted(source, result));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
    }

    [Fact]
    public void DroppedRequirementText_IsReportedAsUnaccounted()
    {
        var result = Seeds.ResultOf(Seeds.Jiangmen);
        var plan = result.Plan!;
        var broken = result with { Plan = plan with { Requirements = plan.Requirements.Skip(1).ToList() } };
        var source = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, result.SourceName));
        Assert.NotEqual("", TextAccount.Unaccounted(source, broken));
    }

    [Fact]
    public void InheritedUnits_AreNotCountedTwice()
    {
        var result = Seeds.ResultOf(Seeds.Heyuan);
        var plan = result.Plan!;
        var doubled = result with { Plan = plan with { Requirements = plan.Requirements.Select(r => r with { UnitsInherited = false }).ToList() } };
        var source = File.ReadAllText(Path.Combine(Seeds.SeedDirectory, result.SourceName));
        Assert.Contains("+", TextAccount.Unaccounted(source, doubled));
    }

    [Fact]
    public void Remainder_KeepsPreambleNotesAndSignatures()
    {
        var kinds = Seeds.Qingyuan.Remainder.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(6, kinds[RemainderKind.Metadata]);
        Assert.Equal(4, kinds[RemainderKind.Preamble]);
        Assert.Equal(3, kinds[RemainderKind.Signature]);
        Assert.Equal(1, kinds[RemainderKind.Note]);
        Assert.Contains(Seeds.Heyuan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.StartsWith("备注：1. 江东新区管委会", StringComparison.Ordinal));
    }
}
