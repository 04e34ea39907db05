using SearchPlans.Model;

namespace SearchPlans.Links.Clusters;

/// <summary>What a plan has for a cluster.</summary>
public enum CellState
{
    /// <summary>A requirement of the plan is in the cluster.</summary>
    Carried,
    /// <summary>No member, but a requirement related to one: the plan touches the topic.</summary>
    RelatedOnly,
    /// <summary>Nothing: the gap the matrix is for.</summary>
    Gap,
}

/// <summary>One plan's cell in a cluster's row.</summary>
/// <param name="RequirementIds">The plan's members (Carried) or its best related requirement (RelatedOnly); empty for a gap.</param>
/// <param name="Strength">The best link score behind the cell, 0–1; 1 for a member with no other member to score against.</param>
public sealed record MatrixCell(string PlanId, CellState State, IReadOnlyList<string> RequirementIds, double Strength);

/// <summary>A cluster against the plans.</summary>
/// <param name="Cells">One per column, in column order.</param>
public sealed record TopicRow(RequirementCluster Cluster, Requirement Representative, Plan RepresentativePlan, IReadOnlyList<MatrixCell> Cells)
{
    public int PlansCarrying => Cells.Count(c => c.State == CellState.Carried);

    public int Gaps => Cells.Count(c => c.State == CellState.Gap);
}

/// <summary>Clusters of equivalent requirements (rows) against plans (columns): which plans carry which obligation.</summary>
/// <param name="Plans">The busiest plan first.</param>
/// <param name="Rows">Those carried by most plans first; rows with the same gaps next to each other.</param>
public sealed record TopicMatrix(IReadOnlyList<Plan> Plans, IReadOnlyList<TopicRow> Rows);
