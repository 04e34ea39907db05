using SearchPlans.Compare;
using SearchPlans.Model;

namespace SearchPlans.Web.Comparing;

/// <summary>What the compare page shows: the pickers, and the comparison once two plans are chosen.</summary>
/// <param name="A">The plan id asked for as A, as typed (may name no plan).</param>
/// <param name="Problem">Why there is no comparison, in words a user can act on; null when there is one or nothing was asked.</param>
/// <param name="NotFound">True when an id names no plan, so the page answers 404.</param>
public sealed record CompareView(
    IReadOnlyList<Plan> Plans,
    string? A,
    string? B,
    PlanComparison? Comparison,
    string? Problem,
    bool NotFound);
