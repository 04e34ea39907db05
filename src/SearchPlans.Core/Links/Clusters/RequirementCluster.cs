namespace SearchPlans.Links.Clusters;

/// <summary>
/// Requirements joined by equivalent links, directly or through each other: one obligation (a topic) as the plans
/// carry it.
/// </summary>
/// <param name="MemberIds">In corpus order.</param>
/// <param name="RepresentativeId">The member most strongly tied to the others, whose text stands for the cluster.</param>
public sealed record RequirementCluster(IReadOnlyList<string> MemberIds, string RepresentativeId);
