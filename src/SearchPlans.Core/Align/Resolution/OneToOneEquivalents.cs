using SearchPlans.Model;

namespace SearchPlans.Align.Resolution;

/// <summary>
/// Per pair of plans, keeps equivalent links one-to-one: the best-scoring equivalent wins, and a requirement's
/// further equivalents in the same other plan become related links (related may be one-to-many). Then a related
/// link that is each side's best counterpart in the other plan, where neither side has an equivalent there yet,
/// becomes equivalent when its score reaches <paramref name="mutualBestScore"/>: a rewritten obligation across years
/// scores low, but nothing else in the other plan comes closer.
/// </summary>
/// <param name="maxPartCover">
/// A pair where one side carries at most this share of the other is a part of it, and is not promoted: being each
/// other's best counterpart does not make one clause the whole obligation.
/// </param>
public sealed class OneToOneEquivalents(double mutualBestScore, double maxPartCover) : ILinkResolver
{
    public OneToOneEquivalents()
        : this(AlignmentThresholds.Default.MutualBestScore, AlignmentThresholds.Default.MaxPartCover)
    {
    }

    public IReadOnlyList<RequirementLink> Resolve(IReadOnlyList<RequirementLink> links, Func<string, string> planOf)
    {
        var taken = new HashSet<(string Requirement, string OtherPlan)>();
        var resolved = new List<RequirementLink>(links.Count);
        foreach (var link in links.OrderByDescending(l => l.Kind == LinkKind.Equivalent).ThenByDescending(l => l.Score)
                     .ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal))
        {
            if (link.Kind == LinkKind.Equivalent && Take(taken, link, planOf))
                resolved.Add(link);
            else
                resolved.Add(link with { Kind = LinkKind.Related });
        }
        return PromoteMutualBest(resolved, taken, planOf);
    }

    private static bool Take(HashSet<(string, string)> taken, RequirementLink link, Func<string, string> planOf)
    {
        var sourceKey = (link.Source, planOf(link.Target));
        var targetKey = (link.Target, planOf(link.Source));
        if (taken.Contains(sourceKey) || taken.Contains(targetKey))
            return false;
        taken.Add(sourceKey);
        taken.Add(targetKey);
        return true;
    }

    private List<RequirementLink> PromoteMutualBest(List<RequirementLink> links, HashSet<(string, string)> taken, Func<string, string> planOf)
    {
        // The best score each requirement reaches in each other plan, over every link kind.
        var best = new Dictionary<(string Requirement, string OtherPlan), double>();
        foreach (var l in links)
        {
            Raise(best, (l.Source, planOf(l.Target)), l.Score);
            Raise(best, (l.Target, planOf(l.Source)), l.Score);
        }
        var result = new List<RequirementLink>(links.Count);
        foreach (var l in links.OrderByDescending(l => l.Score).ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal))
        {
            var promote = l.Kind == LinkKind.Related && l.Score >= mutualBestScore && Math.Min(l.SourceInTarget, l.TargetInSource) > maxPartCover
                && best[(l.Source, planOf(l.Target))] == l.Score && best[(l.Target, planOf(l.Source))] == l.Score
                && Take(taken, l, planOf);
            result.Add(promote ? l with { Kind = LinkKind.Equivalent } : l);
        }
        return result;
    }

    private static void Raise(Dictionary<(string, string), double> best, (string, string) key, double score)
    {
        if (!best.TryGetValue(key, out var current) || current < score)
            best[key] = score;
    }
}
