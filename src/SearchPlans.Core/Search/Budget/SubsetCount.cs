using Lucene.Net.Util.Automaton;

namespace SearchPlans.Search.Budget;

/// <summary>
/// How many states determinizing an automaton would make, counted by the same subset construction Lucene runs, but
/// stopping as soon as the count passes a bound: Lucene 4.8 determinizes without one, so `*解` and a dozen `?`
/// build millions of states before anyone can say no.
/// </summary>
internal static class SubsetCount
{
    /// <summary>
    /// Transitions the construction may read in all, Lucene's or this one's: few states can still be costly when each
    /// is a set of hundreds of the pattern's states.
    /// </summary>
    public const int MaxWork = 500_000;

    /// <returns>The number of deterministic states, or null once it would pass <paramref name="max"/> (or the
    /// construction would pass <see cref="MaxWork"/>).</returns>
    public static int? AtMost(Automaton automaton, int max)
    {
        var states = automaton.GetNumberedStates();
        var numberOf = new Dictionary<State, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < states.Length; i++)
            numberOf[states[i]] = i;
        var edges = states.Select(s => s.GetTransitions().Select(t => (t.Min, t.Max, Dest: numberOf[t.Dest])).ToArray()).ToArray();

        int[] first = [numberOf[automaton.GetInitialState()]];
        var seen = new HashSet<int[]>(SetComparer.Instance) { first };
        var pending = new Queue<int[]>([first]);
        var counts = new int[states.Length];
        var work = 0L;
        while (pending.TryDequeue(out var set))
        {
            foreach (var state in set)
                work += edges[state].Length + 1;
            if (work > MaxWork)
                return null;
            foreach (var target in Targets(set, edges, counts))
            {
                if (seen.Add(target))
                {
                    if (seen.Count > max)
                        return null;
                    pending.Enqueue(target);
                }
            }
        }
        return seen.Count;
    }

    // Sweeps the character line once: each transition opens at its Min and closes after its Max, and between two
    // consecutive boundaries the open transitions' destinations are one deterministic target.
    private static IEnumerable<int[]> Targets(int[] set, (int Min, int Max, int Dest)[][] edges, int[] counts)
    {
        var events = new List<(int At, int Dest, int Delta)>();
        foreach (var state in set)
            foreach (var (min, max, dest) in edges[state])
            {
                events.Add((min, dest, 1));
                if (max < int.MaxValue)
                    events.Add((max + 1, dest, -1));
            }
        events.Sort((a, b) => a.At.CompareTo(b.At));
        var open = new HashSet<int>();
        for (var i = 0; i < events.Count;)
        {
            var at = events[i].At;
            var changed = false;
            for (; i < events.Count && events[i].At == at; i++)
            {
                var (_, dest, delta) = events[i];
                counts[dest] += delta;
                changed |= counts[dest] > 0 ? open.Add(dest) : open.Remove(dest);
            }
            if (changed && open.Count > 0)
                yield return [.. open.Order()];
        }
    }

    private sealed class SetComparer : IEqualityComparer<int[]>
    {
        public static readonly SetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] set)
        {
            var hash = new HashCode();
            foreach (var state in set)
                hash.Add(state);
            return hash.ToHashCode();
        }
    }
}
