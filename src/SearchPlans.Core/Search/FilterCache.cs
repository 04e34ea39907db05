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

    private readonly ConcurrentDictionary<string, Filter?> filters = new(StringComparer.Ordinal);

    /// <summary>Null when the request has no filter.</summary>
    public Filter? For(SearchRequest request)
    {
        // Each filter's values in a fixed order, so A,B and B,A share an entry; \u001f and \u001e never occur in values.
        string[] parts =
        [
            string.Join('\u001f', FilterQueries.Values(request.Jurisdictions).Order(StringComparer.Ordinal)),
            string.Join('\u001f', (request.Years ?? []).Distinct().Order()),
            string.Join('\u001f', FilterQueries.Values(request.Levels).Order(StringComparer.Ordinal)),
            string.Join('\u001f', FilterQueries.Values(request.Units).Order(StringComparer.Ordinal)),
        ];
        if (parts.All(p => p.Length == 0))
            return null;
        var key = string.Join('\u001e', parts);
        if (filters.Count >= MaxFilters)
            filters.Clear();
        return filters.GetOrAdd(key, _ => FilterQueries.For(request, unitFilter) is { } filter ? new CachingWrapperFilter(filter) : null);
    }
}
