using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static CliRun Run(params string[] args) =>
        CliHarness.Run([.. args, "--seeds", SeedIndexFolder.SeedsPath], new PlanIngester().IngestDirectory);

    [Fact]
    public void Generate_WritesPlansAndTruth_ThatIndexReads()
    {
        var run = Run("generate", "--plans", "6", "--out", folder.Path, "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        var truth = TruthFile.Read(folder.Combine(GeneratedCorpus.TruthFileName));
        Assert.Equal(6, truth.Plans.Count);
        Assert.Contains($"6 plans with {truth.Requirements.Count} requirements", run.Out, StringComparison.Ordinal);
        var index = CliHarness.Run(["index", "--seeds", folder.Combine(GeneratedCorpus.PlansFolder), "--index", folder.Combine("index")], new PlanIngester().IngestDirectory);
        Assert.Equal(0, index.ExitCode);
    }

    [Fact]
    public void Generate_ByDefault_WritesTheLayoutsDrawnFromRealPlansToo()
    {
        var run = Run("generate", "--plans", "40", "--out", folder.Path, "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        var layouts = TruthFile.Read(folder.Combine(GeneratedCorpus.TruthFileName)).Plans.Select(p => Enum.Parse<PlanLayout>(p.Layout)).ToList();
        Assert.Contains(layouts, l => !LayoutMix.IsSeedLayout(l));
        Assert.Contains(layouts, LayoutMix.IsSeedLayout);
    }

    [Fact]
    public void Generate_UnknownLayouts_ExitsWithUsageError()
    {
        Assert.Equal(2, Run("generate", "--plans", "4", "--out", folder.Path, "--layouts", "pipes").ExitCode);
    }

    [Fact]
    public void Generate_TooManyPlans_ExitsWithUsageError()
    {
        var run = Run("generate", "--plans", (CorpusGenerator.MaxPlans + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(folder.Combine(GeneratedCorpus.PlansFolder)));
    }

    [Fact]
    public void Generate_NationalCatalog_WritesPlansOfPlacesTheSampleDoesNotHold()
    {
        var run = Run("generate", "--plans", "60", "--out", folder.Path, "--seed", "3", "--catalog", "national");

        Assert.Equal(0, run.ExitCode);
        var sample = JurisdictionCatalog.All.Select(e => e.Name).ToHashSet();
        var truth = TruthFile.Read(folder.Combine(GeneratedCorpus.TruthFileName));
        Assert.Equal(60, truth.Plans.Count);
        Assert.Contains(truth.Plans, p => !sample.Contains(p.Jurisdiction));
    }

    [Fact]
    public void Generate_UnknownCatalog_ExitsWithUsageError()
    {
        var run = Run("generate", "--plans", "4", "--out", folder.Path, "--catalog", "world");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("world", run.Error, StringComparison.Ordinal);
    }
}
