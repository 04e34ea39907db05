using SearchPlans.Links.Lineage;
using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Review;
using SearchPlans.Links;

namespace SearchPlans.Web.Requirements;

/// <summary>What a requirement's page shows.</summary>
/// <param name="Groups">Counterparts in other plans, one group per jurisdiction and year, the group with the best counterpart first.</param>
/// <param name="History">The requirement's equivalents in the same jurisdiction's earlier and later plans.</param>
/// <param name="ReferencedPlans">Plans the requirement's plan cites or carries out, with the requirement's counterpart there if any.</param>
/// <param name="Judgements">Reviewers' judgements in force on pairs that include this requirement, newest first.</param>
/// <param name="Topics">What the requirement is about, each with a search for every requirement naming the topic.</param>
/// <param name="Doubtful">
/// Related counterparts that may share only wording (<see cref="LinkConfidence.Doubtful"/>): listed apart, collapsed,
/// undiffed, so the groups above hold the links an analyst can trust.
/// </param>
public sealed record RequirementView(
    Plan Plan,
    Requirement Requirement,
    IReadOnlyList<CounterpartGroup> Groups,
    RequirementHistory History,
    IReadOnlyList<ReferencedPlan> ReferencedPlans,
    IReadOnlyList<JudgementStanding> Judgements,
    IReadOnlyList<TopicLink> Topics,
    IReadOnlyList<CounterpartView> Doubtful)
{
    public int CounterpartCount => Groups.Sum(g => g.Counterparts.Count);

    public int DiffedCount => Groups.Sum(g => g.Counterparts.Count(c => c.Diff is not null));
}

public sealed record CounterpartGroup(string Jurisdiction, int? Year, IReadOnlyList<CounterpartView> Counterparts);

/// <summary>A counterpart with the word diff from the requirement's text (left) to the counterpart's (right).</summary>
/// <param name="Diff">Null for counterparts past the closest <see cref="RequirementPages.MaxDiffed"/>: they are listed, not diffed.</param>
/// <param name="Judgement">A reviewer's judgement of this link, when there is one.</param>
public sealed record CounterpartView(LinkedRequirement Linked, WordDiff? Diff, LinkJudgement? Judgement);

/// <summary>A topic of the requirement, and the search query that finds the requirements naming it in any wording.</summary>
public sealed record TopicLink(string Name, string Query);

/// <summary>A plan the requirement's plan points at.</summary>
/// <param name="Counterpart">The requirement's best counterpart in that plan, if it has one.</param>
public sealed record ReferencedPlan(PlanReference Reference, Plan Plan, LinkedRequirement? Counterpart);
