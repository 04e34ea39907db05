using SearchPlans.Model;

namespace SearchPlans.Review;

/// <summary>Which links a reviewer works through.</summary>
public enum ReviewState
{
    All,
    Unreviewed,
    Confirmed,
    Rejected,
}

/// <summary>A slice of the links to review.</summary>
/// <param name="PlanId">Only links touching this plan, read from its side.</param>
/// <param name="RequirementId">Only links touching this requirement, read from its side.</param>
/// <param name="Page">1-based.</param>
public sealed record ReviewFilter(string? PlanId = null, string? RequirementId = null, LinkKind? Kind = null,
    ReviewState State = ReviewState.All, int Page = 1, int PageSize = 50);
