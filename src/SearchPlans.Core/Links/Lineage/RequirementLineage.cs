using SearchPlans.Model;

namespace SearchPlans.Links.Lineage;

/// <summary>
/// One step of a requirement's history: the same jurisdiction's plan of another year, and its equivalent of the
/// requirement there.
/// </summary>
/// <param name="Requirement">The equivalent requirement in that plan; null when that plan has none.</param>
/// <param name="Change">
/// Read from the earlier year to the later one. Going back: Kept or Modified from this step to the next later one,
/// or New when this earlier plan has no equivalent (the requirement first appears after it). Going forward: Kept
/// or Modified from the previous step to this one, or Dropped when this later plan has no equivalent.
/// </param>
/// <param name="Score">The link's score; null when there is no equivalent.</param>
public sealed record LineageStep(Plan Plan, Requirement? Requirement, YearChange Change, double? Score);

/// <summary>A requirement's equivalents in its jurisdiction's earlier and later plans, nearest year first.</summary>
public sealed record RequirementHistory(IReadOnlyList<LineageStep> Earlier, IReadOnlyList<LineageStep> Later)
{
    public static RequirementHistory None { get; } = new([], []);
}

/// <summary>
/// Follows a requirement through its jurisdiction's plans year by year, along the previous-year references and
/// the equivalent links, as far as the chain goes: the chains reviewers read to see how an obligation changed.
/// </summary>
public static class RequirementLineage
{
    public static RequirementHistory Trace(Corpus corpus, CounterpartIndex counterparts, string requirementId)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(counterparts);
        if (counterparts.Find(requirementId) is not { } start)
            return RequirementHistory.None;
        return new RequirementHistory(
            Walk(counterparts, start, plan => Neighbour(corpus, plan, r => r.From == plan.Id, r => r.To), YearChange.New),
            Walk(counterparts, start, plan => Neighbour(corpus, plan, r => r.To == plan.Id, r => r.From), YearChange.Dropped));
    }

    private static List<LineageStep> Walk(CounterpartIndex counterparts, PlacedRequirement start, Func<Plan, Plan?> next, YearChange missing)
    {
        var steps = new List<LineageStep>();
        var seen = new HashSet<string> { start.Plan.Id };
        var current = start;
        // Years only move one way along the references, but a hand-made corpus could still loop; each plan is visited once.
        while (next(current.Plan) is { } plan && seen.Add(plan.Id))
        {
            var equivalent = counterparts.Of(current.Requirement.Id)
                .FirstOrDefault(c => c.Plan.Id == plan.Id && c.Link.Kind == LinkKind.Equivalent);
            if (equivalent is null)
            {
                steps.Add(new LineageStep(plan, null, missing, null));
                break;
            }
            var change = equivalent.Link.Relation == Containment.Identical ? YearChange.Kept : YearChange.Modified;
            steps.Add(new LineageStep(plan, equivalent.Requirement, change, equivalent.Link.Score));
            current = new PlacedRequirement(plan, equivalent.Requirement);
        }
        return steps;
    }

    private static Plan? Neighbour(Corpus corpus, Plan plan, Func<PlanReference, bool> touches, Func<PlanReference, string> other) =>
        corpus.References
            .Where(r => r.Kind == ReferenceKind.PreviousYear && touches(r))
            .Select(r => corpus.FindPlan(other(r)))
            .OfType<Plan>()
            .OrderBy(p => Math.Abs((p.Year ?? 0) - (plan.Year ?? 0)))
            .FirstOrDefault();
}
