using Lucene.Net.Index;

namespace SearchPlans.Search.Facets;

/// <summary>
/// The index's facet values as plain arrays, read from the doc values on the first search that counts them and kept
/// for as long as the searcher lives. Counting a broad search reads four values for each of hundreds of thousands of
/// documents; through Lucene's packed doc values that was most of the search's time.
/// </summary>
/// <remarks>
/// Ordinals are numbered once for the whole index, as Lucene's OrdinalMap does for doc values, so every segment
/// counts into the same arrays and a search adds up its counts without looking up a single name. Lucene's facet
/// module does this with its in-memory facet storage; that module (Lucene.Net.Facet) is not in the package feed
/// this project builds from. The index never changes under a searcher, so the columns never go stale.
/// </remarks>
internal sealed class FacetColumns
{
    private readonly SegmentFacets[] segments;

    private FacetColumns(SegmentFacets[] segments, FacetNames names)
    {
        this.segments = segments;
        Names = names;
    }

    /// <summary>Each facet's values, indexed by ordinal.</summary>
    public FacetNames Names { get; }

    /// <summary>The columns of one segment of the reader these were read from.</summary>
    public SegmentFacets For(AtomicReaderContext segment) => segments[segment.Ord];

    /// <param name="canonicalUnits">When given, the unit facet counts canonical units rather than printed spellings.</param>
    public static FacetColumns Read(IList<AtomicReaderContext> leaves, CanonicalUnitColumns? canonicalUnits = null)
    {
        var readers = leaves.Select(l => l.AtomicReader).ToList();
        var jurisdictions = Shared(readers.Select(r => OrdinalColumn.FromSorted(r, Index.IndexFields.Jurisdiction)).ToList());
        var years = Shared(readers.Select(r => OrdinalColumn.FromYears(r, Index.IndexFields.Year)).ToList());
        var levels = Shared(readers.Select(r => OrdinalColumn.FromSorted(r, Index.IndexFields.Level)).ToList());
        var units = canonicalUnits is null
            ? SharedSets(readers.Select(r => OrdinalSetColumn.FromSortedSet(r, Index.IndexFields.Units)).ToList())
            : ([.. leaves.Select(canonicalUnits.For)], canonicalUnits.Names);
        var segments = readers.Select((_, i) => new SegmentFacets(jurisdictions.Columns[i], years.Columns[i], levels.Columns[i], units.Columns[i])).ToArray();
        return new FacetColumns(segments, new FacetNames(jurisdictions.Names, years.Names, levels.Names, units.Names));
    }

    private static (OrdinalColumn[] Columns, string[] Names) Shared(IReadOnlyList<(OrdinalColumn Column, string[] Names)> bySegment)
    {
        var (names, renumbered) = SharedOrdinals.Number(bySegment.Select(s => s.Names).ToList());
        return (bySegment.Select((s, i) => s.Column.Renumbered(renumbered[i])).ToArray(), names);
    }

    private static (OrdinalSetColumn[] Columns, string[] Names) SharedSets(IReadOnlyList<(OrdinalSetColumn Column, string[] Names)> bySegment)
    {
        var (names, renumbered) = SharedOrdinals.Number(bySegment.Select(s => s.Names).ToList());
        return (bySegment.Select((s, i) => s.Column.Renumbered(renumbered[i])).ToArray(), names);
    }
}

/// <summary>One segment's facet columns, in the index's shared ordinals.</summary>
internal sealed record SegmentFacets(OrdinalColumn Jurisdictions, OrdinalColumn Years, OrdinalColumn Levels, OrdinalSetColumn Units);

/// <summary>Each facet's values by shared ordinal.</summary>
internal sealed record FacetNames(string[] Jurisdictions, string[] Years, string[] Levels, string[] Units);

/// <summary>One numbering of a facet's values for every segment, each of which numbers its own values from 0.</summary>
internal static class SharedOrdinals
{
    /// <returns>The values in the shared numbering, and for each segment, each of its ordinals' shared ordinal.</returns>
    public static (string[] Names, int[][] Renumbered) Number(IReadOnlyList<string[]> segmentNames)
    {
        var names = segmentNames.SelectMany(n => n).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var shared = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
            shared[names[ordinal]] = ordinal;
        return (names, [.. segmentNames.Select(segment => segment.Select(name => shared[name]).ToArray())]);
    }
}
