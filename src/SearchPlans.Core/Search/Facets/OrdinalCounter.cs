using Lucene.Net.Index;

namespace SearchPlans.Search.Facets;

/// <summary>Counts a single-valued sorted doc values field.</summary>
internal sealed class OrdinalCounter(string field)
{
    private readonly OrdinalTotals totals = new();
    private SortedDocValues? segment;

    public void StartSegment(AtomicReader reader)
    {
        // The lookup keeps this segment's values: the totals name its ordinals only when the next segment starts.
        var values = reader.GetSortedDocValues(field);
        totals.StartSegment(values?.ValueCount ?? 0, values is null ? null : (ordinal, name) => values.LookupOrd((int)ordinal, name));
        segment = values;
    }

    public void Collect(int doc)
    {
        if (segment is not null && segment.GetOrd(doc) is var ordinal and >= 0)
            totals.Add(ordinal);
    }

    public IReadOnlyList<FacetCount> Counts() => totals.Counts();
}
