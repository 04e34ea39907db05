using SearchPlans.Model;

namespace SearchPlans.Align.Clusters;

/// <summary>Builds the <see cref="TopicMatrix"/> from the stored links; nothing is re-scored.</summary>
public static class TopicMatrixBuilder
{
    /// <param name="minPlans">Leave out clusters carried by fewer plans: 2 (the default) drops requirements no other plan has.</param>
    public static TopicMatrix Build(Corpus corpus, int minPlans = 2)
    {
        var planOf = corpus.Plans.SelectMany(p => p.Requirements.Select(r => (r.Id, Plan: p))).ToDictionary(x => x.Id, x => x.Plan);
        var requirements = corpus.Plans.SelectMany(p => p.Requirements).ToDictionary(r => r.Id);
        var clusters = EquivalenceClusters.Find(corpus)
            .Where(c => c.MemberIds.Select(m => planOf[m]).Distinct().Count() >= minPlans)
            .ToList();

        // Busiest plans to the left, so each row's gaps read against the plans that carry the most.
        var carried = clusters.SelectMany(c => c.MemberIds.Select(m => planOf[m].Id).Distinct()).CountBy(id => id).ToDictionary();
        var columns = corpus.Plans
            .OrderByDescending(p => carried.GetValueOrDefault(p.Id))
            .ThenBy(p => p.Year ?? int.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        var scores = new LinkScores(corpus.Links, planOf);
        var rows = clusters
            .Select(c => new TopicRow(c, requirements[c.RepresentativeId], planOf[c.RepresentativeId],
                [.. columns.Select(plan => scores.Cell(c, plan))]))
            .OrderByDescending(r => r.PlansCarrying)
            .ThenByDescending(Pattern, StringComparer.Ordinal)
            .ThenBy(r => columns.IndexOf(r.RepresentativePlan))
            .ThenBy(r => r.RepresentativePlan.Requirements.ToList().FindIndex(q => q.Id == r.Representative.Id))
            .ToList();
        return new TopicMatrix(columns, rows);
    }

    // "11010": which columns carry the row, so rows with the same gaps sort together.
    private static string Pattern(TopicRow row) => new([.. row.Cells.Select(c => c.State == CellState.Carried ? '1' : '0')]);

    /// <summary>The links grouped by requirement, to score each plan's cell against a cluster.</summary>
    private sealed class LinkScores(IReadOnlyList<RequirementLink> links, IReadOnlyDictionary<string, Plan> planOf)
    {
        private readonly ILookup<string, RequirementLink> byRequirement =
            links.SelectMany(l => new[] { l, l.Reversed() }).ToLookup(l => l.Source);

        public MatrixCell Cell(RequirementCluster cluster, Plan plan)
        {
            var members = cluster.MemberIds.ToHashSet();
            var own = cluster.MemberIds.Where(m => planOf[m] == plan).ToList();
            if (own.Count > 0)
            {
                var best = own.SelectMany(m => byRequirement[m])
                    .Where(l => l.Kind == LinkKind.Equivalent && members.Contains(l.Target))
                    .Select(l => l.Score).DefaultIfEmpty(1).Max();
                return new MatrixCell(plan.Id, CellState.Carried, own, best);
            }
            var related = cluster.MemberIds.SelectMany(m => byRequirement[m])
                .Where(l => planOf.TryGetValue(l.Target, out var p) && p == plan)
                .MaxBy(l => l.Score);
            return related is null
                ? new MatrixCell(plan.Id, CellState.Gap, [], 0)
                : new MatrixCell(plan.Id, CellState.RelatedOnly, [related.Target], related.Score);
        }
    }
}
