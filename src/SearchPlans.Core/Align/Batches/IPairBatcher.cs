using SearchPlans.Model;

namespace SearchPlans.Align.Batches;

/// <summary>
/// Cuts the pairs of plans a run links into batches linked one after the other: the alignment profiles live only for
/// as long as a batch needs them, so a run's memory follows what its batches hold rather than the corpus.
/// </summary>
/// <remarks>A pair's links depend on the pair alone, so any cut gives the same links; only memory and time differ.</remarks>
public interface IPairBatcher
{
    /// <summary>Every pair exactly once, in batches.</summary>
    IEnumerable<IReadOnlyList<(Plan A, Plan B)>> Batch(IReadOnlyList<(Plan A, Plan B)> pairs);
}
