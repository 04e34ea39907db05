using SearchPlans.Align.References;
using SearchPlans.Model;

namespace SearchPlans.Align.Scope;

/// <summary>What each <see cref="LinkScope"/> stores: every scope keeps plans that cite each other together.</summary>
public static class LinkScopes
{
    /// <summary>Whether links between the two plans are stored under the scope.</summary>
    public static bool Covers(this LinkScope scope, Plan a, Plan b) =>
        scope == LinkScope.All || PlanReferenceFinder.Cites(a, b) || PlanReferenceFinder.Cites(b, a) || scope.CoversUncited(a, b);

    /// <summary>The scope's rule apart from citations: what <see cref="PlanPairs"/> tests once it has found citations by lookup.</summary>
    internal static bool CoversUncited(this LinkScope scope, Plan a, Plan b) => scope switch
    {
        LinkScope.Family => PlanFamily.AreKinUncited(a, b),
        LinkScope.Lineage => PlanLineage.InLineUncited(a, b),
        _ => true,
    };
}
