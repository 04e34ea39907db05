using SearchPlans.Model;

namespace SearchPlans.Align.Resolution;

/// <summary>
/// One requirement is often split into several items of another plan, each item carrying a different part of it
/// (a 2021 item "台账 … 回头看" becomes two 2022 items). The item carrying the opening is its equivalent and the
/// others are related: the opening states the obligation, later clauses add to it. Scores alone get this wrong
/// whenever a later clause happens to be copied more literally than the opening was.
/// </summary>
/// <remarks>
/// A short item restated as the opening of a much longer requirement that adds clauses of its own (a 2019
/// "领导小组履职" item inside a 2022 item that also sets a yearly meeting) is the same case with the later pieces
/// missing from the other plan: when the two are each other's best counterpart, the opening item is still the
/// equivalent, although the added clauses keep its score down with related pairs.
/// </remarks>
/// <param name="minLeadScore">Score the opening item needs to be taken as the equivalent at all.</param>
/// <param name="maxCover">An item carrying at least this share of the split requirement is a whole counterpart, not a piece.</param>
/// <param name="minSpread">How much further on a piece must sit to count as a later clause rather than the same one.</param>
/// <param name="maxOwnPlace">
/// The opening item must itself be about the shared text, not end with it: an item whose own opening is another
/// obligation merely touches the split requirement.
/// </param>
/// <param name="maxLonePlace">
/// A lone item must carry the split requirement's opening: its shared text centred before this point of it.
/// </param>
/// <param name="maxPartCover">
/// An item carrying at most this share of the split requirement, away from its opening, states one of its clauses:
/// related, however literally that clause is copied (a sentence on 行政复议 lifted from a long 依申请公开 item).
/// </param>
public sealed class LeadPieceContest(
    double minLeadScore, double maxCover = 0.5, double minSpread = 0.15, double maxOwnPlace = 0.6, double maxLonePlace = 0.4,
    double maxPartCover = 0.15)
{
    /// <summary>
    /// A link read from the split requirement's side: how much of it the item carries, how much of the item it
    /// carries back, and where the shared text sits in each.
    /// </summary>
    private sealed record Piece(RequirementLink Link, string Split, string Item, double Cover, double ItemCover, double Place, double OwnPlace);

    public IReadOnlyList<RequirementLink> Apply(
        IReadOnlyList<RequirementLink> links, Func<string, string> planOf, Func<RequirementLink, SharedPlacement> placement)
    {
        var best = BestScores(links, planOf);
        var pieces = new List<Piece>();
        foreach (var l in links)
        {
            var place = placement(l);
            pieces.Add(new Piece(l, l.Source, l.Target, l.SourceInTarget, l.TargetInSource, place.InSource, place.InTarget));
            pieces.Add(new Piece(l, l.Target, l.Source, l.TargetInSource, l.SourceInTarget, place.InTarget, place.InSource));
        }

        var decided = new Dictionary<(string, string), LinkKind>();
        // An item is a piece of the requirement it is split from only if that requirement is its best counterpart there.
        var groups = pieces.Where(p => p.Cover < maxCover && best[(p.Item, planOf(p.Split))] <= p.Link.Score)
            .GroupBy(p => (p.Split, planOf(p.Item)));
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(p => p.Place).ThenByDescending(p => p.Link.Score).ToList();
            var lead = ordered[0];
            if (ordered.Count == 1)
            {
                if (IsLoneOpening(lead, best, planOf))
                    decided.TryAdd(Key(lead.Link), LinkKind.Equivalent);
                continue;
            }
            if (lead.Link.Score < minLeadScore || lead.OwnPlace > maxOwnPlace || ordered[^1].Place - lead.Place < minSpread)
                continue;
            decided[Key(lead.Link)] = LinkKind.Equivalent;
            foreach (var later in ordered.Where(p => p.Place - lead.Place >= minSpread))
                decided.TryAdd(Key(later.Link), LinkKind.Related);
        }
        foreach (var clause in pieces.Where(p => p.Link.Kind == LinkKind.Equivalent && p.Cover <= maxPartCover && p.Place > maxLonePlace))
            decided.TryAdd(Key(clause.Link), LinkKind.Related);
        return [.. links.Select(l => decided.TryGetValue(Key(l), out var kind) ? l with { Kind = kind } : l)];
    }

    // The item must be a piece, carrying at most half as much of the split requirement as that requirement carries
    // of it; and no other item of its plan may come closer to the split requirement, since that one may be its lead.
    private bool IsLoneOpening(Piece piece, Dictionary<(string, string), double> best, Func<string, string> planOf) =>
        piece.Link.Kind == LinkKind.Related && piece.Link.Score >= minLeadScore
        && piece.Place <= maxLonePlace && piece.OwnPlace <= maxOwnPlace
        && piece.Cover <= piece.ItemCover / 2
        && best[(piece.Split, planOf(piece.Item))] <= piece.Link.Score;

    private static (string, string) Key(RequirementLink link) => (link.Source, link.Target);

    private static Dictionary<(string Requirement, string OtherPlan), double> BestScores(IReadOnlyList<RequirementLink> links, Func<string, string> planOf)
    {
        var best = new Dictionary<(string, string), double>();
        foreach (var l in links)
        {
            foreach (var key in new[] { (l.Source, planOf(l.Target)), (l.Target, planOf(l.Source)) })
                best[key] = Math.Max(best.GetValueOrDefault(key), l.Score);
        }
        return best;
    }
}
