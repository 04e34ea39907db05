using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Index;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts every matching document per jurisdiction, year, level and responsible unit from doc values, not just
/// the page of hits.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly OrdinalCounter jurisdictions = new(IndexFields.Jurisdiction);
    private readonly YearCounter years = new();
    private readonly OrdinalCounter levels = new(IndexFields.Level);
    private readonly OrdinalSetCounter units = new(IndexFields.Units);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        jurisdictions.StartSegment(reader);
        years.StartSegment(reader);
        levels.StartSegment(reader);
        units.StartSegment(reader);
    }

    public void Collect(int doc)
    {
        jurisdictions.Collect(doc);
        years.Collect(doc);
        levels.Collect(doc);
        units.Collect(doc);
    }

    public FacetCounts Counts() => new(jurisdictions.Counts(), years.Counts(), levels.Counts(), units.Counts());
}

/// <summary>The counts of one search, each list ordered by count, then value.</summary>
internal sealed record FacetCounts(
    IReadOnlyList<FacetCount> Jurisdictions,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Units)
{
    public static List<FacetCount> Ordered(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
