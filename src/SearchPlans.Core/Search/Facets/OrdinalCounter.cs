using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts a single-valued sorted doc values field. Values are counted per segment by ordinal and turned into
/// names once per segment, not once per hit.
/// </summary>
internal sealed class OrdinalCounter(string field)
{
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SortedDocValues? segment;
    private int[] ordinalCounts = [];

    public void StartSegment(AtomicReader reader)
    {
        Flush();
        segment = reader.GetSortedDocValues(field);
        ordinalCounts = new int[segment?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        if (segment is not null && segment.GetOrd(doc) is var ordinal and >= 0)
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
