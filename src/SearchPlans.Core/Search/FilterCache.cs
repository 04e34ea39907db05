using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace SearchPlans.Search;

/// <summary>
/// The filters of one searcher, each wrapped in Lucene's <see cref="CachingWrapperFilter"/> so the documents a filter
/// matches are worked out once per index segment, not on every request (people page through one filtered search and
/// click the same facets). A searcher reads one index that never changes, so entries never go stale.
/// </summary>
internal sealed class FilterCache(Func<string, Filter?>? unitFilter = null)
{
    // Each entry holds a bit set per segment, so the number of distinct filters kept is bounded; past it, start over.
    private const int MaxFilters = 256;

    private readonly ConcurrentDictionary<(string? Jurisdiction, int? Year, string? Level, string? Unit), Filter?> filters = new();

    /// <summary>Null when the request has no filter.</summary>
    public Filter? For(SearchRequest request)
    {
        var key = (Blank(request.Jurisdiction), request.Year, Blank(request.Level), Blank(request.Unit));
        if (key == default)
            return null;
        if (filters.Count >= MaxFilters)
            filters.Clear();
        return filters.GetOrAdd(key, _ => FilterQueries.For(request, unitFilter) is { } filter ? new CachingWrapperFilter(filter) : null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
