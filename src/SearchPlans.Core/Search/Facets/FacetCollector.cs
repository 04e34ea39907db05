using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts every matching document per jurisdiction, year, level and responsible unit, not just the page of hits,
/// from the searcher's <see cref="FacetColumns"/>.
/// </summary>
internal sealed class FacetCollector(FacetColumns columns) : ICollector
{
    private readonly OrdinalTotals jurisdictions = new();
    private readonly OrdinalTotals years = new();
    private readonly OrdinalTotals levels = new();
    private readonly OrdinalTotals units = new();
    private SegmentFacets? segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = columns.For(context.AtomicReader);
        jurisdictions.StartSegment(segment.Jurisdictions.Names);
        years.StartSegment(segment.Years.Names);
        levels.StartSegment(segment.Levels.Names);
        units.StartSegment(segment.Units.Names);
    }

    public void Collect(int doc)
    {
        var facets = segment!;
        Count(jurisdictions, facets.Jurisdictions.OrdinalOf(doc));
        Count(years, facets.Years.OrdinalOf(doc));
        Count(levels, facets.Levels.OrdinalOf(doc));
        foreach (var ordinal in facets.Units.OrdinalsOf(doc))
            units.Add(ordinal);
    }

    public FacetCounts Counts() => new(jurisdictions.Counts(), years.Counts(), levels.Counts(), units.Counts());

    private static void Count(OrdinalTotals totals, int ordinal)
    {
        if (ordinal >= 0)
            totals.Add(ordinal);
    }
}

/// <summary>The counts of one search, each list ordered by count, then value.</summary>
internal sealed record FacetCounts(
    IReadOnlyList<FacetCount> Jurisdictions,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Units)
{
    /// <summary>The counts of one search collected in parts (runs of segments), value by value.</summary>
    public static FacetCounts Sum(IEnumerable<FacetCounts> parts)
    {
        var all = parts.ToList();
        return all.Count == 1 ? all[0] : new FacetCounts(
            Summed(all.Select(p => p.Jurisdictions)), Summed(all.Select(p => p.Years)),
            Summed(all.Select(p => p.Levels)), Summed(all.Select(p => p.Units)));

        static List<FacetCount> Summed(IEnumerable<IReadOnlyList<FacetCount>> lists) => Ordered(
            lists.SelectMany(l => l).GroupBy(c => c.Value, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Sum(c => c.Count))));
    }

    public static List<FacetCount> Ordered(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.Select(c => new FacetCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
