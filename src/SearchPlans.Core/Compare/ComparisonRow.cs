using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>One requirement of plan A and what plan B has for it.</summary>
/// <param name="B">
/// The best counterpart in B: the equivalent one, else the strongest confident related one; null when B has none (it may
/// still have doubtful ones, in <paramref name="Weaker"/>).
/// </param>
/// <param name="Relation">How A's text and B's contain each other, read from A's side (Contains: A incorporates B).</param>
/// <param name="Score">The link's score, 0–1; null when B has no counterpart.</param>
/// <param name="Diff">Word diff of A's text (left) against B's (right); null when B has no counterpart.</param>
/// <param name="AlsoRelated">Further B requirements linked to A by confident links, strongest first (one A item may cover several B items).</param>
/// <param name="Weaker">B requirements linked to A by doubtful links, which may share only wording: listed apart, collapsed.</param>
public sealed record ComparisonRow(
    Requirement A,
    Requirement? B,
    LinkKind? Kind,
    Containment? Relation,
    double? Score,
    WordDiff? Diff,
    IReadOnlyList<Counterpart> AlsoRelated,
    IReadOnlyList<Counterpart> Weaker)
{
    /// <summary>True when B has no equivalent of A's requirement: it is then one of <see cref="PlanComparison.OnlyInA"/>, and <see cref="B"/>, if any, only a partial match.</summary>
    public bool IsOnlyInA => Kind != LinkKind.Equivalent;
}
