using Microsoft.Extensions.Caching.Memory;
using SearchPlans.Compare;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Compare;

/// <summary>
/// Keeps recent plan comparisons: one comparison diffs every aligned pair of the two plans, and people open the same
/// pair again (the permalink, the printout, the swap back). Entries are keyed by index generation, so a re-index
/// never serves a stale comparison; the size limit bounds the memory.
/// </summary>
public sealed class ComparisonCache : IDisposable
{
    private const int MaxComparisons = 32;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxComparisons });

    /// <exception cref="ArgumentException">Either id names no plan, or both name the same plan.</exception>
    public PlanComparison Compare(CorpusSnapshot snapshot, string a, string b) =>
        cache.GetOrCreate((snapshot.Folder, a, b), entry =>
        {
            entry.Size = 1;
            return snapshot.Comparer.Compare(snapshot.Corpus, snapshot.Counterparts, a, b);
        })!;

    public void Dispose() => cache.Dispose();
}
