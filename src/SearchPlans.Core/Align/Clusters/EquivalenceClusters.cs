using SearchPlans.Model;

namespace SearchPlans.Align.Clusters;

/// <summary>The connected components of the equivalent links: every requirement is in exactly one cluster.</summary>
public static class EquivalenceClusters
{
    public static IReadOnlyList<RequirementCluster> Find(Corpus corpus)
    {
        var order = corpus.Plans.SelectMany(p => p.Requirements).Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var neighbours = order.Keys.ToDictionary(id => id, _ => new List<(string Other, double Score)>());
        foreach (var link in corpus.Links.Where(l => l.Kind == LinkKind.Equivalent && order.ContainsKey(l.Source) && order.ContainsKey(l.Target)))
        {
            neighbours[link.Source].Add((link.Target, link.Score));
            neighbours[link.Target].Add((link.Source, link.Score));
        }

        var seen = new HashSet<string>();
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
