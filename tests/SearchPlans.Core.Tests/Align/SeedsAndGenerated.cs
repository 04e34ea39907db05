using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Align;

/// <summary>The seed files' readings followed by those of a corpus generated from the seeds' requirements.</summary>
internal static class SeedsAndGenerated
{
    public static IReadOnlyList<IngestResult> Read(int plans, int seed)
    {
        var corpus = new CorpusGenerator(RequirementPool.FromPlans(Seeds.Results.Select(r => r.Plan!))).Generate(plans, seed);
        var ingester = new PlanIngester();
        return [.. Seeds.Results, .. corpus.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content))];
    }
}
