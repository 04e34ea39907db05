using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Generate;

/// <summary>One generated corpus, and each of its files read back by the ingester, shared by a test class.</summary>
public sealed class GeneratedCorpusFixture
{
    public const int Plans = 150;

    public const int Seed = 20240601;

    public static RequirementPool Pool { get; } = RequirementPool.FromPlans(Seeds.Results.Select(r => r.Plan!));

    public GeneratedCorpus Corpus { get; } = new CorpusGenerator(Pool).Generate(Plans, Seed);

    /// <summary>Each file read back as reading the corpus's folder reads it, plans that share an id suffixed.</summary>
    public IReadOnlyList<(GeneratedPlan Expected, IngestResult Read)> ReadBack =>
        readBack ??= [.. Corpus.Plans.Zip(PlanIds.Disambiguate([.. Corpus.Files.Select(f => new PlanIngester().Ingest(f.Plan.FileName, f.Content))]))];

    private IReadOnlyList<(GeneratedPlan, IngestResult)>? readBack;
}
