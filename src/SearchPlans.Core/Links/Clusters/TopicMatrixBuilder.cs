using SearchPlans.Model;

namespace SearchPlans.Links.Clusters;

/// <summary>Builds the <see cref="TopicMatrix"/> from the stored links; nothing is re-scored.</summary>
public static class TopicMatrixBuilder
{
    /// <summary>Every plan of the corpus as a column: for a corpus of tens of plans.</summary>
    /// <param name="minPlans">Leave out clusters carried by fewer plans: 2 (the default) drops requirements no other plan has.</param>
    public static TopicMatrix Build(Corpus corpus, int minPlans = 2) =>
        Build(corpus.Plans, LinksByRequirement.Of(corpus.Links), minPlans);

    /// <summary>
    /// The chosen plans as columns, clustered by the links between them alone, so the work grows with the plans shown
    /// rather than with the corpus.
    /// </summary>
    /// <inheritdoc cref="Build(Corpus, int)"/>
    public static TopicMatrix Build(IReadOnlyList<Plan> plans, LinksOf linksOf, int minPlans = 2)
    {
        // Ids only: a served plan's requirements are read from disk, and only the rows' representatives need theirs.
        var planOf = new Dictionary<string, Plan>(StringComparer.Ordinal);
        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var i = 0;
            foreach (var id in PlanRequirements.IdsOf(plan))
            {
                if (planOf.TryAdd(id, plan))
                    place[id] = i;
                i++;
            }
        }

        var within = planOf.Keys.ToDictionary(id => id, id => linksOf(id).Where(l => planOf.ContainsKey(l.Target)).ToList(), StringComparer.Ordinal);
        var clusters = EquivalenceClusters.Find(plans, id => within[id])
            .Where(c => c.MemberIds.Select(m => planOf[m]).Distinct().Count() >= minPlans)
            .ToList();

        // Busiest plans to the left, so each row's gaps read against the plans that carry the most.
        var carried = clusters.SelectMany(c => c.MemberIds.Select(m => planOf[m].Id).Distinct()).CountBy(id => id).ToDictionary();
        var columns = plans
            .DistinctBy(p => p.Id)
            .OrderByDescending(p => carried.GetValueOrDefault(p.Id))
            .ThenBy(p => p.Year ?? int.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var column = columns.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var representatives = Representatives(clusters.Select(c => c.RepresentativeId), planOf);
        var rows = clusters
            .Select(c => new TopicRow(c, representatives[c.RepresentativeId], planOf[c.RepresentativeId], Cells(c, columns, planOf, within)))
            .OrderByDescending(r => r.PlansCarrying)
            .ThenByDescending(Pattern, StringComparer.Ordinal)
            .ThenBy(r => column[r.RepresentativePlan.Id])
            .ThenBy(r => place[r.Representative.Id])
            .ToList();
        return new TopicMatrix(columns, rows);
    }

    /// <summary>
    /// The requirements of those ids, each plan's read once: a plan kept on disk decompresses its whole body on each
    /// read, and reading it once per requirement made the matrix the slowest page (issue 26).
    /// </summary>
    private static Dictionary<string, Requirement> Representatives(IEnumerable<string> ids, Dictionary<string, Plan> planOf)
    {
        var found = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var wanted in ids.GroupBy<string, Plan>(id => planOf[id], ReferenceEqualityComparer.Instance))
        {
            var left = wanted.ToHashSet(StringComparer.Ordinal);
            foreach (var requirement in wanted.Key.Requirements)
                if (left.Remove(requirement.Id))
                    found[requirement.Id] = requirement;
        }
        return found;
    }

    // "11010": which columns carry the row, so rows with the same gaps sort together.
    private static string Pattern(TopicRow row) => new([.. row.Cells.Select(c => c.State == CellState.Carried ? '1' : '0')]);

    /// <summary>
    /// A plan with members carries the cluster, scored by its members' best equivalent link inside it; a plan
    /// without holds at most its requirement most strongly related to a member by a confident link; every other plan
    /// is a gap, since a doubtful link may share only wording and would hide a gap behind a false match.
    /// </summary>
    private static List<MatrixCell> Cells(RequirementCluster cluster, IReadOnlyList<Plan> columns,
        Dictionary<string, Plan> planOf, Dictionary<string, List<RequirementLink>> within)
    {
        var members = cluster.MemberIds.ToHashSet(StringComparer.Ordinal);
        var own = cluster.MemberIds.GroupBy(m => planOf[m].Id).ToDictionary(g => g.Key, g => g.ToList());
        var related = cluster.MemberIds.SelectMany(m => within[m])
            .Where(l => l.Confidence != LinkConfidence.Doubtful && !own.ContainsKey(planOf[l.Target].Id))
            .GroupBy(l => planOf[l.Target].Id)
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.Score)!);

        return [.. columns.Select(plan =>
        {
            if (own.TryGetValue(plan.Id, out var ids))
            {
                var best = ids.SelectMany(m => within[m])
                    .Where(l => l.Kind == LinkKind.Equivalent && members.Contains(l.Target))
                    .Select(l => l.Score).DefaultIfEmpty(1).Max();
                return new MatrixCell(plan.Id, CellState.Carried, ids, best);
            }
            return related.TryGetValue(plan.Id, out var link)
                ? new MatrixCell(plan.Id, CellState.RelatedOnly, [link.Target], link.Score)
                : new MatrixCell(plan.Id, CellState.Gap, [], 0);
        })];
    }
}
