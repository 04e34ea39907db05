using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>A computed link and the judgement in force for it, if any.</summary>
public sealed record ReviewedLink(RequirementLink Link, LinkJudgement? Judgement);

/// <summary>One page of links to review, and how many match in all.</summary>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewedLink> Links, int Total, int Page, int PageCount);

/// <summary>
/// The corpus links beside the reviewers' judgements, filtered and paged. A reviewer reads a plan item by item, so
/// links follow their source requirement's place in the corpus, equivalents first, then the strongest
/// (<see cref="ReviewOrder"/>).
/// </summary>
public static class ReviewQueue
{
    /// <summary>For one selection: sorts the corpus's links first. A server keeps one <see cref="ReviewOrder"/> per corpus.</summary>
    public static ReviewQueuePage Select(Corpus corpus, IReadOnlyList<LinkJudgement> current, ReviewFilter filter) =>
        Select(new ReviewOrder(corpus), current, filter);

    public static ReviewQueuePage Select(ReviewOrder order, IReadOnlyList<LinkJudgement> current, ReviewFilter filter)
    {
        var judged = JudgedLinks(order, current);
        var listed = filter switch
        {
            { RequirementId.Length: > 0 } => order.FromRequirement(filter.RequirementId, filter.Kind),
            { PlanId.Length: > 0 } => order.FromPlan(filter.PlanId, filter.Kind),
            _ => order.Everything(filter.Kind),
        };
        if (filter.Sort != ReviewSort.PlanOrder)
            listed = order.ByScore(listed, weakestFirst: filter.Sort == ReviewSort.WeakestFirst);
        // With no state filter the list is counted and paged by index, so only the page's links are read; with one it
        // is walked twice, counting and then finding the page. Either way only the page's links are made into objects.
        var matching = listed.Where(r => InState(judged.GetValueOrDefault(r.Index), filter.State));
        var total = filter.State == ReviewState.All ? listed.Count : matching.Count();
        var size = Math.Max(1, filter.PageSize);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var first = (page - 1) * size;
        var shown = filter.State == ReviewState.All
            ? Enumerable.Range(first, Math.Max(0, Math.Min(size, total - first))).Select(i => listed[i])
            : matching.Skip(first).Take(size);
        return new ReviewQueuePage([.. shown.Select(r => new ReviewedLink(order.Read(r), judged.GetValueOrDefault(r.Index)))], total, page, pageCount);
    }

    private static bool InState(LinkJudgement? judgement, ReviewState state) => state switch
    {
        ReviewState.Unreviewed => judgement is null,
        ReviewState.Confirmed => judgement?.Verdict == ReviewVerdict.Confirmed,
        ReviewState.Rejected => judgement?.Verdict == ReviewVerdict.Rejected,
        _ => true,
    };

    /// <summary>The judgement in force for each judged link, by the link's place: looked up per judgement, not per link.</summary>
    private static Dictionary<int, LinkJudgement> JudgedLinks(ReviewOrder order, IReadOnlyList<LinkJudgement> current)
    {
        var judged = new Dictionary<int, LinkJudgement>();
        foreach (var judgement in current.GroupBy(j => j.Pair).Select(g => g.MaxBy(j => j.Id)!))
            foreach (var index in order.LinksBetween(judgement.Pair))
                judged[index] = judgement;
        return judged;
    }
}
