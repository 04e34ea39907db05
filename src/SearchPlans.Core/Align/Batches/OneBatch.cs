using SearchPlans.Model;

namespace SearchPlans.Align.Batches;

/// <summary>Every pair in one batch: every plan's profile held for the whole run, the yardstick the batches are measured against.</summary>
public sealed class OneBatch : IPairBatcher
{
    public IEnumerable<IReadOnlyList<(Plan A, Plan B)>> Batch(IReadOnlyList<(Plan A, Plan B)> pairs) =>
        pairs.Count == 0 ? [] : [pairs];
}
