using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Counts every matching document per jurisdiction, year, level and responsible unit, not just the page of hits,
/// from the searcher's <see cref="FacetColumns"/>.
/// </summary>
internal sealed class FacetCollector(FacetColumns columns) : ICollector
{
    private readonly int[] jurisdictions = new int[columns.Names.Jurisdictions.Length];
    private readonly int[] years = new int[columns.Names.Years.Length];
    private readonly int[] levels = new int[columns.Names.Levels.Length];
    private readonly int[] units = new int[columns.Names.Units.Length];
    private SegmentFacets? segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => segment = columns.For(context);

    public void Collect(int doc)
    {
        var facets = segment!;
        Count(jurisdictions, facets.Jurisdictions.OrdinalOf(doc));
        Count(years, facets.Years.OrdinalOf(doc));
        Count(levels, facets.Levels.OrdinalOf(doc));
        foreach (var ordinal in facets.Units.OrdinalsOf(doc))
            units[ordinal]++;
    }

    /// <summary>The counts of a search collected in parts (runs of segments), each part by its own collector.</summary>
    public static FacetCounts Sum(FacetColumns columns, IReadOnlyList<FacetCollector> parts) => new(
        Counted(columns.Names.Jurisdictions, parts.Select(p => p.jurisdictions)),
        Counted(columns.Names.Years, parts.Select(p => p.years)),
        Counted(columns.Names.Levels, parts.Select(p => p.levels)),
        Counted(columns.Names.Units, parts.Select(p => p.units)));

    private static void Count(int[] counts, int ordinal)
    {
        if (ordinal >= 0)
            counts[ordinal]++;
    }

    private static List<FacetCount> Counted(string[] names, IEnumerable<int[]> parts)
    {
        var total = new int[names.Length];
        foreach (var part in parts)
            for (var ordinal = 0; ordinal < total.Length; ordinal++)
                total[ordinal] += part[ordinal];
        var counts = new List<FacetCount>();
        for (var ordinal = 0; ordinal < total.Length; ordinal++)
            if (total[ordinal] > 0)
                counts.Add(new FacetCount(names[ordinal], total[ordinal]));
        // Names are in ordinal order already, so a stable sort by count leaves equal counts in order of value.
        return [.. counts.OrderByDescending(c => c.Count)];
    }
}

/// <summary>The counts of one search, each list ordered by count, then value.</summary>
internal sealed record FacetCounts(
    IReadOnlyList<FacetCount> Jurisdictions,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Units);
