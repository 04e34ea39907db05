using SearchPlans.Model;

namespace SearchPlans.Units;

/// <summary>A requirement a unit is named in, in its strongest role there (lead over shared over named in the text).</summary>
public sealed record AssignedRequirement(Requirement Requirement, UnitRole Role, IReadOnlyList<string> Spellings);

/// <summary>What one plan gives a unit to do.</summary>
public sealed record PlanAssignments(Plan Plan, IReadOnlyList<AssignedRequirement> Requirements);

/// <summary>Everything a unit is named in, by plan, the plans in year order and the requirements in plan order.</summary>
public static class UnitAssignments
{
    public static IReadOnlyList<PlanAssignments> Of(CanonicalUnit unit, Corpus corpus)
    {
        var byRequirement = unit.Mentions.ToLookup(m => m.RequirementId, StringComparer.Ordinal);
        // Only the plans that name the unit: a stored plan reads its requirements from disk when asked for them.
        var naming = unit.Mentions.Select(m => m.PlanId).ToHashSet(StringComparer.Ordinal);
        return corpus.Plans
            .Where(plan => naming.Contains(plan.Id))
            .Select(plan => new PlanAssignments(plan, [.. plan.Requirements
                .Where(r => byRequirement.Contains(r.Id))
                .Select(r => Assigned(r, byRequirement[r.Id]))]))
            .Where(p => p.Requirements.Count > 0)
            .OrderBy(p => p.Plan.Year ?? int.MaxValue)
            .ThenBy(p => p.Plan.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static AssignedRequirement Assigned(Requirement requirement, IEnumerable<UnitMention> mentions) =>
        new(requirement, mentions.Min(m => m.Role), [.. mentions.Select(m => m.Spelling).Distinct()]);
}
