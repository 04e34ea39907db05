namespace SearchPlans.Model;

/// <summary>A plan's requirement list that knows its ids without making its requirements.</summary>
/// <remarks>
/// The server reads a stored plan's requirements from disk only when a page shows them; numbering every requirement
/// of the corpus at start (the counterpart index, the review order) must not read them all.
/// </remarks>
public interface IRequirementIds
{
    IReadOnlyList<string> Ids { get; }
}

/// <summary>The ids of a plan's requirements, in its order.</summary>
public static class PlanRequirements
{
    public static IEnumerable<string> IdsOf(Plan plan) =>
        plan.Requirements is IRequirementIds known ? known.Ids : plan.Requirements.Select(r => r.Id);
}
