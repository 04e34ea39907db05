using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Web.Variants;

/// <summary>A requirement beside its closest counterparts in other plans, each diffed against it.</summary>
/// <param name="Columns">At most <see cref="VariantPages.MaxCounterparts"/>, one per plan, best first.</param>
/// <param name="Omitted">Counterparts not shown: weaker ones in plans already shown, and plans beyond the limit.</param>
public sealed record VariantsView(Plan Plan, Requirement Requirement, IReadOnlyList<VariantColumn> Columns, int Omitted);

/// <summary>One counterpart, with the word diff from the first column's text to its own.</summary>
public sealed record VariantColumn(LinkedRequirement Linked, WordDiff Diff);
