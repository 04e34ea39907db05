using SearchPlans.Align;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Cli;

/// <summary>The shared end of add and remove: links for the changed corpus, then a new index generation.</summary>
internal static class IndexUpdate
{
    public static void Apply(CliEnvironment env, Corpus corpus, string index, IReadOnlySet<string> changedPlanIds)
    {
        // Rarity comes from the reference stored with the index, not from the corpus, so links between unchanged plans
        // stay valid and only the changed plans are linked again (see README, "Updating an index").
        var linked = env.Progress.Run($"Linking the requirements of {changedPlanIds.Count} changed plan(s)", () => new Aligner().Relink(corpus, changedPlanIds));
        env.Progress.Run($"Updating the index in {index}", () =>
        {
            IndexBuilder.Update(linked, index, changedPlanIds);
            return changedPlanIds.Count;
        });
    }
}
