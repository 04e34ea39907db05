using Lucene.Net.Index;

namespace SearchPlans.Search.Facets;

/// <summary>Counts a multi-valued (sorted set) doc values field: a document adds one to each of its values.</summary>
internal sealed class OrdinalSetCounter(string field)
{
    private readonly OrdinalTotals totals = new();
    private SortedSetDocValues? segment;

    public void StartSegment(AtomicReader reader)
    {
        var values = reader.GetSortedSetDocValues(field);
        totals.StartSegment(values?.ValueCount ?? 0, values is null ? null : values.LookupOrd);
        segment = values;
    }

    public void Collect(int doc)
    {
        if (segment is null)
            return;
        segment.SetDocument(doc);
        for (var ordinal = segment.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = segment.NextOrd())
            totals.Add(ordinal);
    }

    public IReadOnlyList<FacetCount> Counts() => totals.Counts();
}
