using SearchPlans.Align;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Cli;

/// <summary>The shared end of add and remove: links for the changed corpus, then a new index generation.</summary>
internal static class IndexUpdate
{
    public static void Apply(CliEnvironment env, Corpus corpus, string index, IReadOnlySet<string> changedPlanIds)
    {
        // Links are recomputed over the whole corpus: an added plan shifts how rare each bigram is, so relinking only
        // the changed plans would leave other links different from a full rebuild (see README, "Updating an index").
        var linked = env.Progress.Run($"Linking requirements across {corpus.Plans.Count} plans", () => new Aligner().Link(corpus));
        env.Progress.Run($"Updating the index in {index}", () =>
        {
            IndexBuilder.Update(linked, index, changedPlanIds);
            return changedPlanIds.Count;
        });
    }
}
