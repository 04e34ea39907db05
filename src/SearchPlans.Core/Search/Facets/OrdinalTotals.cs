using Lucene.Net.Util;

namespace SearchPlans.Search.Facets;

/// <summary>
/// The part both ordinal counters share: counts per ordinal within a segment, turned into names once per segment
/// (not once per hit) and added to the totals by name.
/// </summary>
internal sealed class OrdinalTotals
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private int[] ordinalCounts = [];
    private Action<long, BytesRef>? lookup;

    /// <summary>Starts counting a segment whose values have these ordinals; <paramref name="lookupOrd"/> names one.</summary>
    public void StartSegment(long valueCount, Action<long, BytesRef>? lookupOrd)
    {
        Flush();
        ordinalCounts = new int[valueCount];
        lookup = lookupOrd;
    }

    public void Add(long ordinal) => ordinalCounts[ordinal]++;

    public IReadOnlyList<FacetCount> Counts()
    {
        Flush();
        return FacetCounts.Ordered(totals);
    }

    private void Flush()
    {
        if (lookup is null)
            return;
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < ordinalCounts.Length; ordinal++)
        {
            if (ordinalCounts[ordinal] == 0)
                continue;
            lookup(ordinal, name);
            var key = name.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + ordinalCounts[ordinal];
        }
        lookup = null;
        ordinalCounts = [];
    }
}
