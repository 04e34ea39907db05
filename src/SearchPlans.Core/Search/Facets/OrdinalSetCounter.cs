using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts a multi-valued (sorted set) doc values field: a document adds one to each of its values. Like
/// <see cref="OrdinalCounter"/>, it counts by ordinal and names the values once per segment.
/// </summary>
internal sealed class OrdinalSetCounter(string field)
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? segment;
    private int[] ordinalCounts = [];

    public void StartSegment(AtomicReader reader)
    {
        Flush();
        segment = reader.GetSortedSetDocValues(field);
        ordinalCounts = new int[segment?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (segment is null)
            return;
        segment.SetDocument(doc);
        for (var ordinal = segment.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = segment.NextOrd())
            ordinalCounts[ordinal]++;
    }

    public IReadOnlyList<FacetCount> Counts()
    {
        Flush();
        return FacetCounts.Ordered(totals);
    }

    private void Flush()
    {
        if (segment is null)
            return;
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < ordinalCounts.Length; ordinal++)
        {
            if (ordinalCounts[ordinal] == 0)
                continue;
            segment.LookupOrd(ordinal, name);
            var key = name.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + ordinalCounts[ordinal];
        }
        segment = null;
        ordinalCounts = [];
    }
}
