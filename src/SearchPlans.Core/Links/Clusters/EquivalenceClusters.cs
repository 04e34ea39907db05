using SearchPlans.Model;

namespace SearchPlans.Links.Clusters;

/// <summary>The connected components of the equivalent links: every requirement is in exactly one cluster.</summary>
public static class EquivalenceClusters
{
    public static IReadOnlyList<RequirementCluster> Find(Corpus corpus) =>
        Find(corpus.Plans, LinksByRequirement.Of(corpus.Links));

    /// <summary>The clusters of the plans' requirements, joined only by links between those plans.</summary>
    public static IReadOnlyList<RequirementCluster> Find(IReadOnlyList<Plan> plans, LinksOf linksOf)
    {
        // Ids only: a served plan's requirements are read from disk, its whole body each time.
        var order = plans.SelectMany(PlanRequirements.IdsOf).Distinct()
            .Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var neighbours = order.Keys.ToDictionary(
            id => id,
            id => linksOf(id).Where(l => l.Kind == LinkKind.Equivalent && order.ContainsKey(l.Target)).Select(l => (Other: l.Target, l.Score)).ToList(),
            StringComparer.Ordinal);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clusters = new List<RequirementCluster>();
        foreach (var start in order.Keys)
        {
            if (!seen.Add(start))
                continue;
            var members = new List<string> { start };
            for (var i = 0; i < members.Count; i++)
                members.AddRange(neighbours[members[i]].Select(n => n.Other).Where(seen.Add));
            members.Sort((a, b) => order[a].CompareTo(order[b]));
            // The most central member: the largest total score of its equivalent links, the earliest on ties.
            var representative = members.OrderByDescending(m => neighbours[m].Sum(n => n.Score)).ThenBy(m => order[m]).First();
            clusters.Add(new RequirementCluster(members, representative));
        }
        return clusters;
    }
}
