namespace SearchPlans.Compare;

/// <summary>The counts behind a plan comparison.</summary>
/// <param name="Equivalent">Rows whose best counterpart is an equivalent link.</param>
/// <param name="Related">Rows whose best counterpart is only related.</param>
/// <param name="OnlyInA">A requirements with no link to B.</param>
/// <param name="OnlyInB">B requirements with no link from A.</param>
/// <param name="ShareOfACoveredByB">A requirements with any counterpart ÷ A requirements (0 when A has none).</param>
/// <param name="ShareOfBCoveredByA">B requirements linked from any A requirement ÷ B requirements (0 when B has none).</param>
public sealed record ComparisonSummary(
    int ACount,
    int BCount,
    int Equivalent,
    int Related,
    int OnlyInA,
    int OnlyInB,
    double ShareOfACoveredByB,
    double ShareOfBCoveredByA);
