using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>A judgement read against the current index: its requirements may be gone, its link changed.</summary>
/// <param name="RequirementsFound">False when re-indexing removed either requirement; the judgement is kept all the same.</param>
/// <param name="CurrentLink">The index's link between the two now, if any.</param>
public sealed record JudgementStanding(LinkJudgement Judgement, bool RequirementsFound, RequirementLink? CurrentLink)
{
    public static IReadOnlyList<JudgementStanding> Read(Corpus corpus, IReadOnlyList<LinkJudgement> current)
    {
        var ids = corpus.Plans.SelectMany(p => p.Requirements).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var links = corpus.Links.GroupBy(l => RequirementPair.Of(l.Source, l.Target)).ToDictionary(g => g.Key, g => g.First());
        return [.. current.Select(j => new JudgementStanding(j, ids.Contains(j.Source) && ids.Contains(j.Target), links.GetValueOrDefault(j.Pair)))];
    }
}
