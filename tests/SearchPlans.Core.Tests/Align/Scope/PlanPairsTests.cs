using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scope;

/// <summary>The pairs of plans a run links are found by lookup, and are exactly those testing every pair would give.</summary>
public sealed class PlanPairsTests
{
    private static IReadOnlyList<Plan> Plans => ManyProvincesPlans.Plans;

    private static List<(string, string)> EveryPairWhere(Func<Plan, Plan, bool> wanted) =>
        [.. from i in Enumerable.Range(0, Plans.Count)
            from j in Enumerable.Range(i + 1, Plans.Count - i - 1)
            where wanted(Plans[i], Plans[j])
            select (Plans[i].Id, Plans[j].Id)];

    private static List<(string, string)> Ids(IEnumerable<(Plan A, Plan B)> pairs) => [.. pairs.Select(p => (p.A.Id, p.B.Id))];

    [Theory]
    [InlineData(LinkScope.Family)]
    [InlineData(LinkScope.Lineage)]
    public void ScopedPairs_AreExactlyThePairsTheScopeCovers_InListOrder(LinkScope scope)
    {
        var expected = EveryPairWhere((a, b) => scope.Covers(a, b));

        Assert.Equal(expected, Ids(PlanPairs.Of(Plans, scope, touching: null)));
        Assert.True(expected.Count < Plans.Count * (Plans.Count - 1) / 2, "some pairs of the test corpus are not covered");
        Assert.Contains(("cites-qingyuan", Seeds.Qingyuan.Id), expected.Select(p => p.Item1 == Seeds.Qingyuan.Id ? (p.Item2, p.Item1) : p));
    }

    [Theory]
    [InlineData(LinkScope.Family)]
    [InlineData(LinkScope.Lineage)]
    public void ScopedPairsTouchingChangedPlans_AreTheCoveredPairsWithAChangedSide(LinkScope scope)
    {
        var touching = new HashSet<string> { Plans[3].Id, Plans[40].Id, Plans[60].Id, "no-year", "no-province" };

        var expected = EveryPairWhere((a, b) => scope.Covers(a, b) && (touching.Contains(a.Id) || touching.Contains(b.Id)));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(PlanPairs.Of(Plans, scope, touching)));
    }

    [Fact]
    public void Lineage_StoresFewerPairsThanFamilies()
    {
        Assert.True(EveryPairWhere(PlanLineage.InLine).Count < EveryPairWhere(PlanFamily.AreKin).Count);
    }

    [Fact]
    public void AllPairs_AreEveryPairOfPlans()
    {
        Assert.Equal(EveryPairWhere((_, _) => true), Ids(PlanPairs.Of(Plans, LinkScope.All, touching: null)));
    }
}
