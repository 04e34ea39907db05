using SearchPlans.Model;

namespace SearchPlans.Links.Lineage;

/// <summary>
/// Labels each requirement of a plan new, kept or modified against the same jurisdiction's previous plan, and
/// the previous plan's requirements with no successor dropped.
/// </summary>
public static class YearLineage
{
    public static IReadOnlyList<RequirementChange> Compare(Corpus corpus, Plan previous, Plan current)
    {
        var best = Counterparts(corpus, previous, current);
        var changes = new List<RequirementChange>();
        foreach (var r in current.Requirements)
        {
            changes.Add(best.TryGetValue(r.Id, out var link)
                ? new RequirementChange(r.Id, link.Relation == Containment.Identical ? YearChange.Kept : YearChange.Modified, link.Target, link.Score)
                : new RequirementChange(r.Id, YearChange.New, null, null));
        }
        var carried = best.Values.Select(l => l.Target).ToHashSet();
        changes.AddRange(previous.Requirements.Where(r => !carried.Contains(r.Id))
            .Select(r => new RequirementChange(r.Id, YearChange.Dropped, null, null)));
        return changes;
    }

    /// <summary>Share of a parent plan's requirements that a child carries (has an equivalent for).</summary>
    public static double CarriedShare(Corpus corpus, Plan parent, Plan child)
    {
        if (parent.Requirements.Count == 0)
            return 0;
        var carried = Counterparts(corpus, child, parent).Count;
        return (double)carried / parent.Requirements.Count;
    }

    // Equivalent links from the current plan's requirements to the other plan, seen from the current side.
    private static Dictionary<string, RequirementLink> Counterparts(Corpus corpus, Plan other, Plan current)
    {
        var currentIds = current.Requirements.Select(r => r.Id).ToHashSet();
        var otherIds = other.Requirements.Select(r => r.Id).ToHashSet();
        var result = new Dictionary<string, RequirementLink>();
        foreach (var l in corpus.Links.Where(l => l.Kind == LinkKind.Equivalent))
        {
            var seen = currentIds.Contains(l.Source) && otherIds.Contains(l.Target) ? l
                : currentIds.Contains(l.Target) && otherIds.Contains(l.Source) ? l.Reversed() : null;
            if (seen is not null && (!result.TryGetValue(seen.Source, out var existing) || existing.Score < seen.Score))
                result[seen.Source] = seen;
        }
        return result;
    }
}
