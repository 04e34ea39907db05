using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>Plan A read against plan B, requirement by requirement.</summary>
/// <remarks>
/// "Only in" has one definition, the same on both sides: a requirement is only in its plan when the other plan has no
/// equivalent of it, whether or not the other plan has something related (listed beside it as partial matches).
/// Comparing B with A gives A's <see cref="OnlyInA"/> as its <see cref="OnlyInB"/>.
/// </remarks>
/// <param name="Rows">Every requirement of A, in A's order, with its counterpart in B if any.</param>
/// <param name="OnlyInA">A requirements with no equivalent in B, in A's order, each with its related B requirements.</param>
/// <param name="OnlyInB">B requirements with no equivalent in A, in B's order, each with its related A requirements.</param>
/// <param name="Summary">The counts; its only-in figures are the lengths of the two lists.</param>
public sealed record PlanComparison(
    Plan A,
    Plan B,
    IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<WithoutEquivalent> OnlyInA,
    IReadOnlyList<WithoutEquivalent> OnlyInB,
    ComparisonSummary Summary);
