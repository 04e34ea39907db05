using SearchPlans.Model;
using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

/// <summary>
/// The review queue as it was first written: every request filters and sorts all of the corpus's links. Too slow for
/// a server, kept as the plain statement of the order <see cref="ReviewOrder"/> must give.
/// </summary>
internal static class SortedPerRequest
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
