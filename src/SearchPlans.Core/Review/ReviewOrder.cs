using System.Collections;
using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>
/// The corpus's links in the order a reviewer works through them: by their source requirement's place in the corpus,
/// equivalents first, then the strongest, ties in the order the links were stored. The order depends on the corpus
/// alone, and sorting every link is what made each review page slow, so it is sorted once, when the links file is
/// written (or as the corpus is opened, when that file holds no order). A request then only filters by judgement and pages.
/// </summary>
/// <remarks>
/// A served national corpus holds millions of links, so the order keeps no object per link: it reads the
/// <see cref="ReviewRuns"/> the links file stored for this corpus (mapped, so the heap holds none of them), or groups
/// them here when the store holds none (an older index folder, or links held in memory).
/// </remarks>
public sealed class ReviewOrder
{
    private readonly Corpus corpus;
    private readonly IReadOnlyList<RequirementLink> links;
    private readonly ReviewRuns runs;

    // Each side's number by id: the requirements in corpus order, then the ids that links name but the corpus no longer has.
    private readonly Dictionary<string, int> sides;

    public ReviewOrder(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        this.corpus = corpus;
        links = corpus.Links;
        sides = CounterpartRuns.PositionsOf(corpus.Plans);
        runs = (links as IStoredReviewRuns)?.ReviewRunsFor(CounterpartRuns.DigestOf(sides.OrderBy(p => p.Value).Select(p => p.Key)))
            ?? ReviewRuns.Group(corpus.Plans, links);
        for (var gone = 0; gone < runs.SideCount - runs.PlacedCount; gone++)
            sides.Add(runs.GoneIdAt(gone), sides.Count);
    }

    private static LinkKind?[] Selections => ReviewRuns.Selections;

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

    private IEnumerable<LinkReading> Readings(int side)
    {
        for (var k = runs.StartOf(side); k < runs.StartOf(side + 1); k++)
        {
            var entry = runs.EntryAt(k);
            yield return new LinkReading(entry >> 1, (entry & 1) == 1);
        }
    }

    private bool Matches(int link, LinkKind? kind) => kind is not { } k || runs.KindOf(link) == k;

    /// <summary>The <paramref name="nth"/> link of the side that the whole list takes from it.</summary>
    private int NthListed(int side, LinkKind? kind, int nth)
    {
        foreach (var reading in Readings(side))
            if (!reading.Reversed && Matches(reading.Index, kind) && nth-- == 0)
                return reading.Index;
        throw new InvalidOperationException($"side {side} lists fewer links than counted");
    }

    /// <summary>The whole list of one selection, read through the sides' runs rather than held.</summary>
    private sealed class WholeList(ReviewOrder order, int selection) : IReadOnlyList<LinkReading>
    {
        private readonly ReviewRuns runs = order.runs;
        private readonly int placed = order.runs.ListedBefore(selection, order.runs.PlacedCount);
        private readonly LinkKind? kind = Selections[selection];

        public int Selection => selection;

        public int Count => placed + runs.UnplacedCount(selection);

        public LinkReading this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                if (index >= placed)
                    return new LinkReading(runs.UnplacedAt(selection, index - placed), false);
                // The last side with fewer links before it than index + 1 is the side that lists it.
                var side = UpperBound(index) - 1;
                return new LinkReading(order.NthListed(side, kind, index - runs.ListedBefore(selection, side)), false);
            }
        }

        public IEnumerator<LinkReading> GetEnumerator()
        {
            for (var side = 0; side < runs.PlacedCount; side++)
                if (runs.ListedBefore(selection, side + 1) > runs.ListedBefore(selection, side))
                    foreach (var reading in order.Readings(side))
                        if (!reading.Reversed && order.Matches(reading.Index, kind))
                            yield return reading;
            for (var k = 0; k < runs.UnplacedCount(selection); k++)
                yield return new LinkReading(runs.UnplacedAt(selection, k), false);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private int UpperBound(int index)
        {
            var (low, high) = (0, runs.PlacedCount + 1);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (runs.ListedBefore(selection, middle) <= index)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        }
    }
}
