using SearchPlans.Align.Scope;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scope;

/// <summary>The pairs of plans a run links are found by lookup, and are exactly those testing every pair would give.</summary>
public sealed class PlanPairsTests
{
    private static readonly Lazy<IReadOnlyList<Plan>> Generated = new(() =>
    {
        var corpus = new CorpusGenerator(RequirementPool.FromPlans(Seeds.Results.Select(r => r.Plan!))).Generate(80, seed: 5);
        return
        [
            .. Seeds.Results.Select(r => r.Plan!),
            .. corpus.Files.Select(f => new PlanIngester().Ingest(f.Plan.FileName, f.Content).Plan!),
            // Plans whose year or province is unknown are kin to many; one citing another by title is kin to it.
            Odd("no-year", "某市", "广东省", year: null),
            Odd("no-province", "某部门", province: null, year: 2021),
            Odd("cites-qingyuan", "远方县", "甘肃省", year: 2016, cites: new CitedDocument($"关于印发{Seeds.Qingyuan.Title}的通知", null)),
        ];
    });

    private static IReadOnlyList<Plan> Plans => Generated.Value;

    private static Plan Odd(string id, string name, string? province, int? year, params CitedDocument[] cites) =>
        new(id, id + "政务公开工作要点", new Jurisdiction(name, AdminLevel.County, province), year, null, null, null, cites, [], [], [], id + ".txt");

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
