using SearchPlans.Model;

namespace SearchPlans.Align.Resolution;

/// <summary>
/// Per pair of plans, keeps equivalent links one-to-one: the best-scoring equivalent wins, and a requirement's
/// further equivalents in the same other plan become related links (related may be one-to-many).
/// </summary>
public sealed class OneToOneEquivalents : ILinkResolver
{
    public IReadOnlyList<RequirementLink> Resolve(IReadOnlyList<RequirementLink> links, Func<string, string> planOf)
    {
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
}
