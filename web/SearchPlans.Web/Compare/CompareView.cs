using SearchPlans.Compare;
using SearchPlans.Review;
using SearchPlans.Web.Plans;

namespace SearchPlans.Web.Compare;

/// <summary>What the compare page shows: the pickers, and the comparison once two plans are chosen.</summary>
/// <param name="A">The plan id asked for as A, as typed (may name no plan).</param>
/// <param name="Problem">Why there is no comparison, in words a user can act on; null when there is one or nothing was asked.</param>
/// <param name="NotFound">True when an id names no plan, so the page answers 404.</param>
/// <param name="ChoicesA">What the picker for A lists: plans kin to B in a large index.</param>
public sealed record CompareView(
    PlanChoiceList ChoicesA,
    PlanChoiceList ChoicesB,
    string? A,
    string? B,
    PlanComparison? Comparison,
    string? Problem,
    bool NotFound)
{
    /// <summary>The reviewers' judgements in force, by pair, so a rejected or confirmed link is marked where it shows.</summary>
    public IReadOnlyDictionary<RequirementPair, LinkJudgement> Judgements { get; init; } = new Dictionary<RequirementPair, LinkJudgement>();

    public LinkJudgement? JudgementOf(string a, string b) => Judgements.GetValueOrDefault(RequirementPair.Of(a, b));
}
