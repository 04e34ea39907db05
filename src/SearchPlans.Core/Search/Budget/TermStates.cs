using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace SearchPlans.Search.Budget;

/// <summary>
/// Where one search found each term it looked up in each segment's dictionary (or that it is not there). A search
/// builds its weights twice (every match, then its ranking pass over the best) from queries that repeat words in
/// several clauses and fields, and Lucene looks every term up again each time; a state found once positions the
/// dictionary without walking it.
/// </summary>
/// <remarks>
/// One per search, never shared between searches: a searcher's segments do not change under it, but what one search
/// caches is no business of the next. Read from the slices' threads at once, hence concurrent; bounded, so a query of
/// many terms costs no more memory than its terms already do.
/// </remarks>
internal sealed class TermStates
{
    /// <summary>Terms kept at most; past it, further terms are looked up each time.</summary>
    public const int Capacity = 4096;

    /// <summary>A term of a field in one segment (its core, as Lucene's caches key segments).</summary>
    public readonly record struct Key(object Segment, string Field, string Term);

    private readonly ConcurrentDictionary<Key, TermState?> states = new();

    /// <summary>How many terms are kept.</summary>
    public int Count => states.Count;

    /// <summary>True when the term was looked up before: <paramref name="state"/> is where it is, or null when the segment lacks it.</summary>
    public bool TryGet(Key key, out TermState? state) => states.TryGetValue(key, out state);

    public void Add(Key key, TermState? state)
    {
        if (states.Count < Capacity)
            states.TryAdd(key, state);
    }
}
