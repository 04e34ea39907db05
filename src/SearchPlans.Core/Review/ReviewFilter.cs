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

/// <summary>The order links are listed in.</summary>
public enum ReviewSort
{
    /// <summary>By their requirement's place in its plan, equivalents first, then the strongest: reading a plan through.</summary>
    PlanOrder,
    /// <summary>The lowest scores first: how a reviewer clears the noise.</summary>
    WeakestFirst,
    /// <summary>The highest scores first.</summary>
    StrongestFirst,
}

/// <summary>A slice of the links to review.</summary>
/// <param name="PlanId">Only links touching this plan, read from its side.</param>
/// <param name="RequirementId">Only links touching this requirement, read from its side.</param>
/// <param name="Page">1-based.</param>
public sealed record ReviewFilter(string? PlanId = null, string? RequirementId = null, LinkKind? Kind = null,
    ReviewState State = ReviewState.All, int Page = 1, int PageSize = 50, ReviewSort Sort = ReviewSort.PlanOrder);
