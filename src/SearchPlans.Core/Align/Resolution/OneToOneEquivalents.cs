using SearchPlans.Model;

namespace SearchPlans.Align.Resolution;

/// <summary>
/// Per pair of plans, keeps equivalent links one-to-one: the best-scoring equivalent wins, and a requirement's
/// further equivalents in the same other plan become related links (related may be one-to-many).
/// </summary>
public sealed class OneToOneEquivalents(double mutualBestMinimum = double.PositiveInfinity) : ILinkResolver
{
    public IReadOnlyList<RequirementLink> Resolve(IReadOnlyList<RequirementLink> links, Func<string, string> planOf)
    {
        links = PromoteMutualBest(links, planOf);
        var taken = new HashSet<(string Requirement, string OtherPlan)>();
        var resolved = new List<RequirementLink>(links.Count);
        foreach (var link in links.OrderByDescending(l => l.Kind == LinkKind.Equivalent).ThenByDescending(l => l.Score)
                     .ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal))
        {
            if (link.Kind != LinkKind.Equivalent)
            {
                resolved.Add(link);
                continue;
            }
            var sourceKey = (link.Source, planOf(link.Target));
            var targetKey = (link.Target, planOf(link.Source));
            if (!taken.Contains(sourceKey) && !taken.Contains(targetKey))
            {
                taken.Add(sourceKey);
                taken.Add(targetKey);
                resolved.Add(link);
            }
            else
            {
                resolved.Add(link with { Kind = LinkKind.Related });
            }
        }
        return resolved;
    }

    // A related link that is each side's best link into the other's plan is the pair's counterpart: reworded across
    // years or provinces, but the same obligation.
    private IReadOnlyList<RequirementLink> PromoteMutualBest(IReadOnlyList<RequirementLink> links, Func<string, string> planOf)
    {
        if (double.IsPositiveInfinity(mutualBestMinimum))
            return links;
        var best = new Dictionary<(string Requirement, string OtherPlan), RequirementLink>();
        foreach (var l in links)
        {
            Keep((l.Source, planOf(l.Target)), l);
            Keep((l.Target, planOf(l.Source)), l);
        }
        return [.. links.Select(l => l.Kind == LinkKind.Related && l.Score >= mutualBestMinimum
            && best[(l.Source, planOf(l.Target))] == l && best[(l.Target, planOf(l.Source))] == l
                ? l with { Kind = LinkKind.Equivalent } : l)];

        void Keep((string, string) key, RequirementLink l)
        {
            if (!best.TryGetValue(key, out var current) || current.Score < l.Score)
                best[key] = l;
        }
    }
}
