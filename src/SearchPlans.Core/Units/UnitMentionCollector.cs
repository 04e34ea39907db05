using SearchPlans.Model;

namespace SearchPlans.Units;

/// <summary>Every place the corpus names a unit, each spelling read into a <see cref="UnitName"/>.</summary>
public static class UnitMentionCollector
{
    public static IReadOnlyList<(UnitMention Mention, UnitName Name)> Collect(Corpus corpus)
    {
        var found = new List<(UnitMention, UnitName)>();
        foreach (var plan in corpus.Plans)
        {
            var planScope = UnitNameReader.ScopeOf(plan.Jurisdiction);
            foreach (var requirement in plan.Requirements)
                found.AddRange(InRequirement(plan, requirement, planScope));
        }
        return found;
    }

    private static IEnumerable<(UnitMention, UnitName)> InRequirement(Plan plan, Requirement requirement, string planScope)
    {
        var keys = new HashSet<string>();
        // A bare name takes the scope of the unit printed before it in the cell (市教育局、生态环境局), else the plan's.
        var scope = planScope;
        foreach (var unit in requirement.Units)
        {
            var name = UnitNameReader.Read(unit.Name, scope, plan.Jurisdiction.Name);
            if (name.ScopePrinted && !name.IsGroup)
                scope = name.Scope;
            if (keys.Add(name.Key))
                yield return (new UnitMention(name.Spelling, plan.Id, requirement.Id, unit.IsLead ? UnitRole.Lead : UnitRole.Shared), name);
        }
        foreach (var spelling in requirement.Criteria.Prepend(requirement.Text).SelectMany(TextUnitMentions.Find))
        {
            var name = UnitNameReader.Read(spelling, planScope, plan.Jurisdiction.Name);
            if (keys.Add(name.Key))
                yield return (new UnitMention(name.Spelling, plan.Id, requirement.Id, UnitRole.NamedInText), name);
        }
    }
}
