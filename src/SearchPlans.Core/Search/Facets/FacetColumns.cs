using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace SearchPlans.Search.Facets;

/// <summary>
/// Each segment's facet values as plain arrays, read from its doc values on the first search that counts them and
/// kept for as long as the searcher lives. Counting a broad search reads four values for each of hundreds of
/// thousands of documents; through Lucene's packed doc values that was most of the search's time.
/// </summary>
/// <remarks>
/// This is what Lucene's facet module does with its in-memory facet storage; that module (Lucene.Net.Facet) is not
/// in the package feed this project builds from. A segment never changes, so an entry never goes stale.
/// </remarks>
internal sealed class FacetColumns
{
    private readonly ConcurrentDictionary<object, Lazy<SegmentFacets>> segments = new();

    public SegmentFacets For(AtomicReader reader) =>
        segments.GetOrAdd(reader.CoreCacheKey, _ => new Lazy<SegmentFacets>(() => SegmentFacets.Read(reader))).Value;
}

/// <summary>One segment's facet columns.</summary>
internal sealed record SegmentFacets(OrdinalColumn Jurisdictions, OrdinalColumn Years, OrdinalColumn Levels, OrdinalSetColumn Units)
{
    public static SegmentFacets Read(AtomicReader reader) => new(
        OrdinalColumn.FromSorted(reader, Index.IndexFields.Jurisdiction),
        OrdinalColumn.FromYears(reader, Index.IndexFields.Year),
        OrdinalColumn.FromSorted(reader, Index.IndexFields.Level),
        OrdinalSetColumn.FromSortedSet(reader, Index.IndexFields.Units));
}
