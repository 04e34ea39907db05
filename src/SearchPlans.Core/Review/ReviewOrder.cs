using System.Collections;
using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>
/// The corpus's links in the order a reviewer works through them: by their source requirement's place in the corpus,
/// equivalents first, then the strongest, ties in the order the links were stored. The order depends on the corpus
/// alone, and sorting every link is what made each review page slow, so it is sorted once per corpus. A request then
/// only filters by judgement and pages.
/// </summary>
/// <remarks>
/// A served national corpus holds millions of links, so the order keeps no object per link: each requirement's links
/// are a run of integers (link * 2, plus 1 when read from the target's side) in one shared array, strongest first,
/// and the whole list is read through those runs in corpus order. Counts of listed links before each requirement let a
/// page be found by binary search instead of holding the whole list again for each kind.
/// </remarks>
public sealed class ReviewOrder
{
    private readonly Corpus corpus;
    private readonly IReadOnlyList<RequirementLink> links;
    private readonly byte[] kinds;

    // Sides are the requirements in corpus order (a requirement's side number is its place), then the ids that links
    // name but the corpus no longer has.
    private readonly Dictionary<string, int> sides = new(StringComparer.Ordinal);
    private readonly int placedCount;

    // Side s reads entries[starts[s]..starts[s + 1]], strongest first.
    private readonly int[] starts;
    private readonly int[] entries;

    // For each selection (every kind, then each kind): listedBefore[s] links of the whole list come from the placed
    // sides before s, and the links whose source the corpus no longer has come after all of them, strongest first.
    private readonly int[][] listedBefore;
    private readonly int[][] unplaced;

    public ReviewOrder(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        this.corpus = corpus;
        links = corpus.Links;
        foreach (var id in corpus.Plans.SelectMany(PlanRequirements.IdsOf))
            sides.TryAdd(id, sides.Count);
        placedCount = sides.Count;

        // Each link is read once, its keys copied out for the sorts below.
        var keys = LinkKeyColumns.Read(links, SideOf);
        kinds = [.. keys.Kinds.Select(k => (byte)k)];
        var equivalent = keys.Kinds.Select(k => k == LinkKind.Equivalent).ToArray();
        var scores = keys.Scores;
        var ends = keys.Ends;
        for (var l = 0; l < links.Count; l++)
        {
            // A link from a requirement to itself is read once, from its source.
            if (ends[l * 2 + 1] == ends[l * 2])
                ends[l * 2 + 1] = -1;
        }
        (starts, entries) = Group(ends, (a, b) => StrongestFirst(equivalent, scores, a >> 1, b >> 1));

        var selections = Selections.Length;
        listedBefore = new int[selections][];
        unplaced = new int[selections][];
        for (var f = 0; f < selections; f++)
        {
            var counts = listedBefore[f] = new int[placedCount + 1];
            for (var s = 0; s < placedCount; s++)
                counts[s + 1] = counts[s] + CountListed(s, Selections[f]);
            var fromGone = new List<int>();
            for (var s = placedCount; s < sides.Count; s++)
                foreach (var entry in Run(s))
                    if ((entry & 1) == 0 && Matches(entry >> 1, Selections[f]))
                        fromGone.Add(entry >> 1);
            unplaced[f] = [.. fromGone];
            unplaced[f].AsSpan().Sort((a, b) => StrongestFirst(equivalent, scores, a, b));
        }
    }

    private static readonly LinkKind?[] Selections = [null, .. Enum.GetValues<LinkKind>().Select(k => (LinkKind?)k)];

    /// <summary>Every link, or every link of one kind, each read from its source.</summary>
    public IReadOnlyList<LinkReading> Everything(LinkKind? kind) => new WholeList(this, Array.IndexOf(Selections, kind));

    /// <summary>The links touching one requirement, read from its side.</summary>
    public IReadOnlyList<LinkReading> FromRequirement(string requirementId, LinkKind? kind) =>
        sides.TryGetValue(requirementId, out var side)
            ? [.. Readings(side).Where(r => Matches(r.Index, kind))]
            : [];

    /// <summary>
    /// The links touching a plan, read from its side, requirement by requirement. A link between two requirements of
    /// the plan is read from its source, as it is stored, and listed under that requirement only.
    /// </summary>
    public IReadOnlyList<LinkReading> FromPlan(string planId, LinkKind? kind)
    {
        if (corpus.FindPlan(planId) is not { } plan)
            return [];
        var ids = plan.Requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. ids.Select(id => sides.GetValueOrDefault(id, -1)).Where(s => s >= 0).Distinct().Order()
                .SelectMany(Readings)
                .Where(r => !(r.Reversed && ids.Contains(links[r.Index].Source)))
                .Where(r => Matches(r.Index, kind)),
        ];
    }

    /// <summary>
    /// The links listed, by score (ties keep the list's order). The whole list of a kind is sorted once and kept, since
    /// a national corpus has millions of links; a plan's or a requirement's few are sorted when asked for.
    /// </summary>
    public IReadOnlyList<LinkReading> ByScore(IReadOnlyList<LinkReading> listed, bool weakestFirst)
    {
        if (listed is WholeList whole)
            return byScore.GetOrAdd((whole.Selection, weakestFirst), _ => Sorted(whole, weakestFirst));
        return Sorted(listed, weakestFirst);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Selection, bool Weakest), LinkReading[]> byScore = new();

    private LinkReading[] Sorted(IEnumerable<LinkReading> listed, bool weakestFirst) =>
        weakestFirst ? [.. listed.OrderBy(r => ScoreOf(r.Index))] : [.. listed.OrderByDescending(r => ScoreOf(r.Index))];

    // A whole list sorts millions of links: their scores are read without making each link.
    private double ScoreOf(int link) => links is ILinkKeys keyed ? keyed.KeyOf(link).Score : links[link].Score;

    /// <summary>The link as the reading sees it (a reversed reading makes a reversed copy, so read only what is shown).</summary>
    public RequirementLink Read(LinkReading reading) =>
        reading.Reversed ? links[reading.Index].Reversed() : links[reading.Index];

    /// <summary>The places of the links joining a pair, in either direction (usually one).</summary>
    public IEnumerable<int> LinksBetween(RequirementPair pair)
    {
        if (!sides.TryGetValue(pair.First, out var side))
            yield break;
        foreach (var reading in Readings(side))
            if (links[reading.Index] is var link && RequirementPair.Of(link.Source, link.Target) == pair)
                yield return reading.Index;
    }

    private int SideOf(string id)
    {
        if (!sides.TryGetValue(id, out var side))
            sides[id] = side = sides.Count;
        return side;
    }

    private ReadOnlySpan<int> Run(int side) => entries.AsSpan(starts[side], starts[side + 1] - starts[side]);

    private IEnumerable<LinkReading> Readings(int side)
    {
        for (var k = starts[side]; k < starts[side + 1]; k++)
            yield return new LinkReading(entries[k] >> 1, (entries[k] & 1) == 1);
    }

    private bool Matches(int link, LinkKind? kind) => kind is not { } k || kinds[link] == (byte)k;

    private int CountListed(int side, LinkKind? kind)
    {
        var count = 0;
        foreach (var entry in Run(side))
            if ((entry & 1) == 0 && Matches(entry >> 1, kind))
                count++;
        return count;
    }

    /// <summary>The <paramref name="nth"/> link of the side that the whole list takes from it.</summary>
    private int NthListed(int side, LinkKind? kind, int nth)
    {
        foreach (var entry in Run(side))
            if ((entry & 1) == 0 && Matches(entry >> 1, kind) && nth-- == 0)
                return entry >> 1;
        throw new InvalidOperationException($"side {side} lists fewer links than counted");
    }

    private (int[] Starts, int[] Entries) Group(int[] ends, Comparison<int> strongestFirst)
    {
        var starts = new int[sides.Count + 1];
        foreach (var side in ends)
            if (side >= 0)
                starts[side + 1]++;
        for (var s = 0; s < sides.Count; s++)
            starts[s + 1] += starts[s];
        var grouped = new int[starts[sides.Count]];
        var next = starts[..^1];
        for (var entry = 0; entry < ends.Length; entry++)
            if (ends[entry] >= 0)
                grouped[next[ends[entry]]++] = entry;
        for (var s = 0; s < sides.Count; s++)
            grouped.AsSpan(starts[s], starts[s + 1] - starts[s]).Sort(strongestFirst);
        return (starts, grouped);
    }

    /// <summary>Equivalents first, then the highest score, ties in the order the links were stored.</summary>
    private static int StrongestFirst(bool[] equivalent, double[] scores, int a, int b) =>
        equivalent[b].CompareTo(equivalent[a]) is var byKind and not 0 ? byKind
        : scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore
        : a.CompareTo(b);

    /// <summary>The whole list of one selection, read through the sides' runs rather than held.</summary>
    private sealed class WholeList(ReviewOrder order, int selection) : IReadOnlyList<LinkReading>
    {
        private readonly int[] before = order.listedBefore[selection];
        private readonly int[] gone = order.unplaced[selection];
        private readonly LinkKind? kind = Selections[selection];

        public int Selection => selection;

        public int Count => before[^1] + gone.Length;

        public LinkReading this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                if (index >= before[^1])
                    return new LinkReading(gone[index - before[^1]], false);
                // The last side with fewer links before it than index + 1 is the side that lists it.
                var side = UpperBound(index) - 1;
                return new LinkReading(order.NthListed(side, kind, index - before[side]), false);
            }
        }

        public IEnumerator<LinkReading> GetEnumerator()
        {
            for (var side = 0; side < order.placedCount; side++)
                if (before[side + 1] > before[side])
                    foreach (var reading in order.Readings(side))
                        if (!reading.Reversed && order.Matches(reading.Index, kind))
                            yield return reading;
            foreach (var link in gone)
                yield return new LinkReading(link, false);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private int UpperBound(int index)
        {
            var (low, high) = (0, before.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (before[middle] <= index)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        }
    }
}
