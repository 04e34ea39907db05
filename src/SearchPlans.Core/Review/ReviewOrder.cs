using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>
/// The corpus's links in the order a reviewer works through them: by their source requirement's place in the corpus,
/// equivalents first, then the strongest, ties in the order the links were stored. The order depends on the corpus
/// alone, and sorting every link is what made each review page slow, so it is sorted once per corpus: the whole
/// list, each kind's share of it, and each requirement's links read from its side. A request then only filters by
/// judgement and pages.
/// </summary>
public sealed class ReviewOrder
{
    private readonly Corpus corpus;
    private readonly IReadOnlyList<RequirementLink> links;
    private readonly Dictionary<string, int> places = new(StringComparer.Ordinal);
    private readonly LinkReading[] everything;
    private readonly Dictionary<LinkKind, LinkReading[]> byKind;
    private readonly Dictionary<string, LinkReading[]> bySide;

    public ReviewOrder(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        this.corpus = corpus;
        links = corpus.Links;
        var place = 0;
        foreach (var requirement in corpus.Plans.SelectMany(p => p.Requirements))
            places.TryAdd(requirement.Id, place++);

        // One sort of all links by strength; each requirement's share and the whole list are then put in that order
        // by comparing ranks, which is much cheaper than comparing links.
        var ranks = StrengthRanks(links);
        bySide = BySide(ranks);
        var unplaced = bySide.Where(s => !places.ContainsKey(s.Key)).SelectMany(s => s.Value).Where(r => !r.Reversed);
        everything =
        [
            .. places.OrderBy(p => p.Value).SelectMany(p => bySide.GetValueOrDefault(p.Key, [])).Where(r => !r.Reversed),
            // Links from a requirement the corpus no longer has come after all others.
            .. unplaced.OrderBy(r => ranks[r.Index]),
        ];
        byKind = Enum.GetValues<LinkKind>().ToDictionary(k => k, k => everything.Where(r => links[r.Index].Kind == k).ToArray());
    }

    /// <summary>Every link, or every link of one kind.</summary>
    public IReadOnlyList<LinkReading> Everything(LinkKind? kind) => kind is { } k ? byKind.GetValueOrDefault(k, []) : everything;

    /// <summary>The links touching one requirement, read from its side.</summary>
    public IReadOnlyList<LinkReading> FromRequirement(string requirementId, LinkKind? kind)
    {
        var readings = bySide.GetValueOrDefault(requirementId, []);
        return kind is { } k ? [.. readings.Where(r => links[r.Index].Kind == k)] : readings;
    }

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
            .. ids.OrderBy(Place).SelectMany(id => bySide.GetValueOrDefault(id, []))
                .Where(r => !(r.Reversed && ids.Contains(links[r.Index].Source)))
                .Where(r => kind is not { } k || links[r.Index].Kind == k),
        ];
    }

    /// <summary>The link as the reading sees it (a reversed reading makes a reversed copy, so read only what is shown).</summary>
    public RequirementLink Read(LinkReading reading) =>
        reading.Reversed ? links[reading.Index].Reversed() : links[reading.Index];

    /// <summary>The places of the links joining a pair, in either direction (usually one).</summary>
    public IEnumerable<int> LinksBetween(RequirementPair pair) =>
        bySide.GetValueOrDefault(pair.First, [])
            .Where(r => RequirementPair.Of(links[r.Index].Source, links[r.Index].Target) == pair)
            .Select(r => r.Index);

    private int Place(string requirementId) => places.GetValueOrDefault(requirementId, int.MaxValue);

    /// <summary>Each link's rank with equivalents first, then the highest score, ties in the order the links were stored.</summary>
    private static int[] StrengthRanks(IReadOnlyList<RequirementLink> links)
    {
        // The keys are copied out so that the sort reads two arrays rather than two link objects per comparison.
        var equivalent = links.Select(l => l.Kind == LinkKind.Equivalent).ToArray();
        var scores = links.Select(l => l.Score).ToArray();
        var strongestFirst = Enumerable.Range(0, links.Count).ToArray();
        Array.Sort(strongestFirst, (a, b) =>
            equivalent[b].CompareTo(equivalent[a]) is var byKind and not 0 ? byKind
            : scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore
            : a.CompareTo(b));
        var ranks = new int[links.Count];
        for (var rank = 0; rank < strongestFirst.Length; rank++)
            ranks[strongestFirst[rank]] = rank;
        return ranks;
    }

    /// <summary>Each requirement's links read from its side, strongest first.</summary>
    private Dictionary<string, LinkReading[]> BySide(int[] ranks)
    {
        // Dealt out in stored order, which reads the links where they lie in memory, and sorted by rank afterwards.
        var sides = new Dictionary<string, List<LinkReading>>(StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            Add(link.Source, new LinkReading(i, false));
            if (link.Target != link.Source)
                Add(link.Target, new LinkReading(i, true));
        }
        return sides.ToDictionary(s => s.Key, s => s.Value.OrderBy(r => ranks[r.Index]).ToArray(), StringComparer.Ordinal);

        void Add(string id, LinkReading reading)
        {
            if (!sides.TryGetValue(id, out var list))
                sides[id] = list = [];
            list.Add(reading);
        }
    }
}
