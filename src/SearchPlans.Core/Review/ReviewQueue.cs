using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>A computed link and the judgement in force for it, if any.</summary>
public sealed record ReviewedLink(RequirementLink Link, LinkJudgement? Judgement);

/// <summary>One page of links to review, and how many match in all.</summary>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewedLink> Links, int Total, int Page, int PageCount);

/// <summary>
/// The corpus links beside the reviewers' judgements, filtered and paged. A reviewer reads a plan item by item, so
/// links follow their source requirement's place in the corpus, equivalents first, then the strongest.
/// </summary>
public static class ReviewQueue
{
    public static ReviewQueuePage Select(Corpus corpus, IReadOnlyList<LinkJudgement> current, ReviewFilter filter)
    {
        var judged = current.GroupBy(j => j.Pair).ToDictionary(g => g.Key, g => g.MaxBy(j => j.Id)!);
        IEnumerable<RequirementLink> links = corpus.Links;
        if (filter.RequirementId is { Length: > 0 } requirement)
            links = FromSide(links, [requirement]);
        else if (filter.PlanId is { Length: > 0 } planId)
            links = FromSide(links, [.. corpus.FindPlan(planId)?.Requirements.Select(r => r.Id) ?? []]);
        if (filter.Kind is { } kind)
            links = links.Where(l => l.Kind == kind);

        var position = corpus.Plans.SelectMany(p => p.Requirements).Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var reviewed = links
            .OrderBy(l => position.GetValueOrDefault(l.Source, int.MaxValue))
            .ThenBy(l => l.Kind == LinkKind.Equivalent ? 0 : 1)
            .ThenByDescending(l => l.Score)
            .Select(l => new ReviewedLink(l, judged.GetValueOrDefault(RequirementPair.Of(l.Source, l.Target))))
            .Where(r => filter.State switch
            {
                ReviewState.Unreviewed => r.Judgement is null,
                ReviewState.Confirmed => r.Judgement?.Verdict == ReviewVerdict.Confirmed,
                ReviewState.Rejected => r.Judgement?.Verdict == ReviewVerdict.Rejected,
                _ => true,
            })
            .ToList();
        var size = Math.Max(1, filter.PageSize);
        var pageCount = Math.Max(1, (reviewed.Count + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        return new ReviewQueuePage([.. reviewed.Skip((page - 1) * size).Take(size)], reviewed.Count, page, pageCount);
    }

    private static IEnumerable<RequirementLink> FromSide(IEnumerable<RequirementLink> links, HashSet<string> ids) =>
        links.Where(l => ids.Contains(l.Source) || ids.Contains(l.Target)).Select(l => ids.Contains(l.Source) ? l : l.Reversed());
}
