using SearchPlans.Align.References;
using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>
/// The pairs of plans a run links: every pair, kin pairs, or pairs in line; and when plans changed, only pairs with
/// a changed plan. Partners are found through what pairs plans (one jurisdiction, one province, a citation, the
/// national plan) instead of by testing every pair, so in a corpus of many provinces their number, and the work of
/// finding them, grows with the corpus rather than with its square.
/// </summary>
public static class PlanPairs
{
    /// <summary>The pairs, each once, the earlier plan of the list first, ordered by the first plan then the second.</summary>
    /// <param name="touching">When given, only pairs with a side in one of these plans.</param>
    public static IReadOnlyList<(Plan A, Plan B)> Of(IReadOnlyList<Plan> plans, LinkScope scope, IReadOnlySet<string>? touching)
    {
        var sources = Enumerable.Range(0, plans.Count).Where(i => touching is null || touching.Contains(plans[i].Id)).ToList();
        Func<int, IEnumerable<int>> partners = scope == LinkScope.All
            ? _ => Enumerable.Range(0, plans.Count)
            : new KinFinder(plans, scope).KinOf;
        var pairs = new HashSet<(int, int)>();
        foreach (var i in sources)
            foreach (var j in partners(i))
                if (j != i)
                    pairs.Add(i < j ? (i, j) : (j, i));
        return [.. pairs.Order().Select(p => (plans[p.Item1], plans[p.Item2]))];
    }

    /// <summary>
    /// Looks up the plans a scope pairs with a plan: the family scope pairs a plan with plans of its jurisdiction, of
    /// its province, of any province, or citing or cited by it; the lineage scope with plans of its jurisdiction, of
    /// the governments above it, of the places within it, and the national plan; so only those are tested.
    /// </summary>
    private sealed class KinFinder
    {
        private readonly IReadOnlyList<Plan> plans;
        private readonly LinkScope scope;
        private readonly ILookup<string, int> byJurisdiction;
        private readonly ILookup<string, int> byProvince;
        private readonly List<int> anyProvince;
        private readonly List<int>[] citedOrCiting;
        private readonly Lazy<LineageLookup> lineage;

        public KinFinder(IReadOnlyList<Plan> plans, LinkScope scope)
        {
            this.plans = plans;
            this.scope = scope;
            var all = Enumerable.Range(0, plans.Count).ToList();
            byJurisdiction = all.ToLookup(i => plans[i].Jurisdiction.Name, StringComparer.Ordinal);
            byProvince = all.Where(i => !PlanFamily.AnyProvince(plans[i])).ToLookup(i => plans[i].Jurisdiction.Province!, StringComparer.Ordinal);
            anyProvince = [.. all.Where(i => PlanFamily.AnyProvince(plans[i]))];
            lineage = new(() => new LineageLookup(plans, byJurisdiction));
            citedOrCiting = [.. all.Select(_ => new List<int>())];
            var citations = new CitationIndex(plans);
            foreach (var i in all)
                foreach (var cite in plans[i].Cites)
                    foreach (var other in citations.Named(cite))
                    {
                        citedOrCiting[i].Add(other);
                        citedOrCiting[other].Add(i);
                    }
        }

        public IEnumerable<int> KinOf(int i)
        {
            var plan = plans[i];
            var candidates = scope == LinkScope.Lineage && !PlanLineage.Unplaced(plan)
                ? lineage.Value.InLineWith(plan)
                : PlanFamily.AnyProvince(plan) ? Enumerable.Range(0, plans.Count) : byProvince[plan.Jurisdiction.Province!].Concat(anyProvince);
            return byJurisdiction[plan.Jurisdiction.Name].Concat(candidates)
                .Where(j => scope.CoversUncited(plan, plans[j]))
                .Concat(citedOrCiting[i]);
        }
    }

    /// <summary>
    /// The plans lineage may pair with a plan whose place is known: the governments above it by name, the plans lying
    /// in it, the national plans, and the plans whose place is unknown (of its province, or of any where its
    /// province is unknown).
    /// </summary>
    /// <param name="byName">The plans' positions by jurisdiction name, as the finder holds them.</param>
    private sealed class LineageLookup(IReadOnlyList<Plan> plans, ILookup<string, int> byName)
    {

        private readonly ILookup<string, int> byGovernmentAbove = Enumerable.Range(0, plans.Count)
            .SelectMany(i => PlanLineage.GovernmentsAbove(plans[i].Jurisdiction).Select(name => (Name: name, Plan: i)))
            .ToLookup(p => p.Name, p => p.Plan, StringComparer.Ordinal);

        private readonly List<int> national = [.. Enumerable.Range(0, plans.Count).Where(i => plans[i].Jurisdiction.Level == AdminLevel.National)];

        private readonly ILookup<string, int> unplacedByProvince = Enumerable.Range(0, plans.Count)
            .Where(i => PlanLineage.Unplaced(plans[i])).ToLookup(i => plans[i].Jurisdiction.Province ?? "", StringComparer.Ordinal);

        public IEnumerable<int> InLineWith(Plan plan)
        {
            var jurisdiction = plan.Jurisdiction;
            if (jurisdiction.Level == AdminLevel.National)
                return Enumerable.Range(0, plans.Count);
            var unplaced = jurisdiction.Province is { } province
                ? unplacedByProvince[province].Concat(unplacedByProvince[""])
                : unplacedByProvince.SelectMany(g => g);
            var within = jurisdiction.Level == AdminLevel.Agency ? [] : byGovernmentAbove[jurisdiction.Name];
            return PlanLineage.GovernmentsAbove(jurisdiction).SelectMany(name => byName[name])
                .Concat(within).Concat(national).Concat(unplaced);
        }
    }
}
