namespace SearchPlans.Compare;

/// <summary>The counts behind a plan comparison, all read from one definition: a requirement is only in its plan when the other plan has no equivalent of it.</summary>
/// <param name="Equivalent">A requirements with an equivalent in B (equivalents are one-to-one, so also B requirements with one in A).</param>
/// <param name="Related">A requirements with no equivalent in B but a related one: the part of <paramref name="OnlyInA"/> with partial matches.</param>
/// <param name="OnlyInA">The length of <see cref="PlanComparison.OnlyInA"/>: A requirements with no equivalent in B.</param>
/// <param name="OnlyInB">The length of <see cref="PlanComparison.OnlyInB"/>: B requirements with no equivalent in A.</param>
/// <param name="ShareOfACoveredByB">A requirements with an equivalent in B ÷ A requirements (0 when A has none).</param>
/// <param name="ShareOfBCoveredByA">B requirements with an equivalent in A ÷ B requirements (0 when B has none).</param>
public sealed record ComparisonSummary(
    int ACount,
    int BCount,
    int Equivalent,
    int Related,
    int OnlyInA,
    int OnlyInB,
    double ShareOfACoveredByB,
    double ShareOfBCoveredByA);
