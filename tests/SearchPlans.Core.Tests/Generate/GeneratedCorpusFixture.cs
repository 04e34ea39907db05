using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Generate;

/// <summary>One generated corpus, and the files of it the ingester reads back, shared by a test class.</summary>
public sealed class GeneratedCorpusFixture
{
    // Some hundreds, so every layout, head and dress turns up, and the round trip still covers over a hundred plans.
    public const int Plans = 300;

    public const int Seed = 20240601;

    /// <summary>
    /// The layouts whose files the round-trip tests read back: the seed layouts, the ones today's reader reads. The
    /// layouts drawn from real plans join them when the reader of issue 19 lands: make this <c>Enum.GetValues&lt;PlanLayout&gt;()</c>.
    /// </summary>
    public static IReadOnlySet<PlanLayout> RoundTripLayouts { get; } = Enum.GetValues<PlanLayout>().ToHashSet();

    public static RequirementPool Pool { get; } = RequirementPool.FromPlans(Seeds.Results.Select(r => r.Plan!));

    public GeneratedCorpus Corpus { get; } = new CorpusGenerator(Pool).Generate(Plans, Seed);

    /// <summary>
    /// Each file in a <see cref="RoundTripLayouts"/> layout read back as reading the corpus's folder reads it, plans that
    /// share an id suffixed (those plans are always in a seed layout, see CorpusGenerator.ChooseLayout).
    /// </summary>
    public IReadOnlyList<(GeneratedPlan Expected, IngestResult Read)> ReadBack => readBack ??= ReadBackFiles();

    private IReadOnlyList<(GeneratedPlan, IngestResult)>? readBack;

    private List<(GeneratedPlan, IngestResult)> ReadBackFiles()
    {
        var files = Corpus.Files.Where(f => RoundTripLayouts.Contains(f.Plan.Layout)).ToList();
        return [.. files.Select(f => f.Plan).Zip(PlanIds.Disambiguate([.. files.Select(f => new PlanIngester().Ingest(f.Plan.FileName, f.Content))]))];
    }
}
