using SearchPlans.Align;
using SearchPlans.Align.Lineage;
using SearchPlans.Compare;
using SearchPlans.Model;

namespace SearchPlans.Web.Requirements;

/// <summary>What a requirement's page shows.</summary>
/// <param name="Groups">Counterparts in other plans, one group per jurisdiction and year, the group with the best counterpart first.</param>
/// <param name="History">The requirement's equivalents in the same jurisdiction's earlier and later plans.</param>
/// <param name="ReferencedPlans">Plans the requirement's plan cites or carries out, with the requirement's counterpart there if any.</param>
public sealed record RequirementView(
    Plan Plan,
    Requirement Requirement,
    IReadOnlyList<CounterpartGroup> Groups,
    RequirementHistory History,
    IReadOnlyList<ReferencedPlan> ReferencedPlans)
{
    public int CounterpartCount => Groups.Sum(g => g.Counterparts.Count);
}

public sealed record CounterpartGroup(string Jurisdiction, int? Year, IReadOnlyList<CounterpartView> Counterparts);

/// <summary>A counterpart with the word diff from the requirement's text (left) to the counterpart's (right).</summary>
public sealed record CounterpartView(LinkedRequirement Linked, WordDiff Diff);

/// <summary>A plan the requirement's plan points at.</summary>
/// <param name="Counterpart">The requirement's best counterpart in that plan, if it has one.</param>
public sealed record ReferencedPlan(PlanReference Reference, Plan Plan, LinkedRequirement? Counterpart);
