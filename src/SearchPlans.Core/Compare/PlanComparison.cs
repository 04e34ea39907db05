using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>Plan A read against plan B, requirement by requirement.</summary>
/// <param name="Rows">Every requirement of A, in A's order, with its counterpart in B if any.</param>
/// <param name="OnlyInA">A requirements with no link to B, in A's order.</param>
/// <param name="OnlyInB">B requirements no A requirement links to, in B's order.</param>
public sealed record PlanComparison(
    Plan A,
    Plan B,
    IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<Requirement> OnlyInA,
    IReadOnlyList<Requirement> OnlyInB,
    ComparisonSummary Summary)
{
    /// <summary>
    /// What A requires that B does not: A requirements with no equivalent in B (some may still have a related
    /// item in B, shown in their row). This answers "what does Jiangmen require that Heyuan does not".
    /// </summary>
    public IReadOnlyList<Requirement> WithoutEquivalentInB => [.. Rows.Where(r => r.Kind != LinkKind.Equivalent).Select(r => r.A)];
}
