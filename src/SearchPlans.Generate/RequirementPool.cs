using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// The requirements generated plans are built from: every seed requirement whose text can be written in every
/// layout, with its section titles and criteria, grouped by seed plan so a new plan can follow one seed's outline.
/// </summary>
public sealed class RequirementPool
{
    private RequirementPool(IReadOnlyList<PoolRequirement> items)
    {
        Items = items;
        Templates = [.. items.GroupBy(i => i.SeedPlanId).Select(g => (IReadOnlyList<PoolRequirement>)[.. g])];
    }

    public IReadOnlyList<PoolRequirement> Items { get; }

    /// <summary>The pool requirements of each seed plan, in the seed's order.</summary>
    public IReadOnlyList<IReadOnlyList<PoolRequirement>> Templates { get; }

    /// <exception cref="ArgumentException">No plan has a requirement that can be used.</exception>
    public static RequirementPool FromPlans(IEnumerable<Plan> plans)
    {
        var items = new List<PoolRequirement>();
        foreach (var plan in plans)
        {
            var places = PlacesOf(plan.Jurisdiction);
            foreach (var r in plan.Requirements)
            {
                var text = SafeText.Closed(r.Text.Trim());
                if (!SafeText.IsSafe(text))
                    continue;
                var topic = SafeText.Title(r.SectionPath.FirstOrDefault() ?? "");
                var task = SafeText.Title(r.SectionPath.Count > 1 ? r.SectionPath[1] : topic);
                if (topic.Length == 0 || task.Length == 0)
                    topic = task = "深化政务公开";
                var criteria = r.Criteria.Select(c => System.Text.RegularExpressions.Regex.Replace(c, @"^\s*\d{1,3}\s*[.．、]\s*", ""))
                    .Select(c => SafeText.Closed(c.Trim())).Where(SafeText.IsSafe).ToList();
                items.Add(new PoolRequirement(r.Id, plan.Id, plan.Year ?? 2022, places, topic, task, text, criteria));
            }
        }
        if (items.Count == 0)
            throw new ArgumentException("the seed plans hold no requirement the generator can use", nameof(plans));
        return new RequirementPool(items);
    }

    private static SeedPlaces PlacesOf(Jurisdiction jurisdiction)
    {
        var local = jurisdiction.Name;
        var cityEnd = local.IndexOfAny(['市', '县', '区']);
        if (jurisdiction.Level == AdminLevel.Agency && cityEnd > 0)
            local = local[..(cityEnd + 1)];
        return new SeedPlaces(jurisdiction.Province ?? "", local);
    }
}
