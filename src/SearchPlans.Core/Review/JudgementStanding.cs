using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Review;

/// <summary>A judgement read against the current index: its requirements may be gone, its link changed.</summary>
/// <param name="RequirementsFound">False when re-indexing removed either requirement; the judgement is kept all the same.</param>
/// <param name="CurrentLink">The index's link between the two now, if any.</param>
public sealed record JudgementStanding(LinkJudgement Judgement, bool RequirementsFound, RequirementLink? CurrentLink)
{
    /// <remarks>Looks each judgement up rather than indexing the corpus's links: a page shows a few judgements of a corpus with millions of links.</remarks>
    public static IReadOnlyList<JudgementStanding> Read(CounterpartIndex counterparts, IReadOnlyList<LinkJudgement> current) =>
    [
        .. current.Select(j => new JudgementStanding(j,
            counterparts.Find(j.Source) is not null && counterparts.Find(j.Target) is not null,
            counterparts.Of(j.Source).FirstOrDefault(c => c.Requirement.Id == j.Target)?.Link)),
    ];
}
