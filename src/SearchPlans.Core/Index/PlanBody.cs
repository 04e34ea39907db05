using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// The parts of a plan that only a page showing the plan reads: stored one compressed value per plan in the
/// <see cref="PlanBodiesFile"/>, apart from the <see cref="StoredPlanHead"/> every list of plans needs.
/// </summary>
public sealed record PlanBody(IReadOnlyList<Section> Sections, IReadOnlyList<Requirement> Requirements, IReadOnlyList<RemainderPiece> Remainder)
{
    public static PlanBody Of(Plan plan) => new(plan.Sections, plan.Requirements, plan.Remainder);
}
