using SearchPlans.Links.Clusters;
using SearchPlans.Model;

namespace SearchPlans.Tests.Links.Clusters;

public sealed class PlanGroupsTests
{
    private static Plan Plan(string id, AdminLevel level, string? province, int? year) =>
        new(id, id, new Jurisdiction(id, level, province), year, null, null, null, [], [], [], [], id + ".txt");

    private static readonly Plan National2022 = Plan("guowuyuan-2022", AdminLevel.National, null, 2022);

    [Fact]
    public void Of_SmallCorpus_OffersTheWholeCorpusFirstThenEachProvinceYear()
    {
        var groups = PlanGroups.Of([Plan("heyuan-2022", AdminLevel.City, "广东省", 2022), Plan("qingyuan-2022", AdminLevel.County, "浙江省", 2022)]);

        Assert.Equal([PlanGroups.AllKey, "浙江省-2022", "广东省-2022"], groups.Select(g => g.Key));
        Assert.Equal(2, groups[0].Plans.Count);
    }

    [Fact]
    public void Of_NationalPlan_JoinsEveryProvinceGroupOfItsYearAboveTheProvincesOwn()
    {
        var groups = PlanGroups.Of(
        [
            Plan("heyuan-2022", AdminLevel.City, "广东省", 2022),
            Plan("guangdong-2022", AdminLevel.Province, "广东省", 2022),
            Plan("zhejiang-2022", AdminLevel.Province, "浙江省", 2022),
            Plan("zhejiang-2021", AdminLevel.Province, "浙江省", 2021),
            National2022,
        ]);

        Assert.Equal(["guowuyuan-2022", "guangdong-2022", "heyuan-2022"], PlanGroups.Find(groups, "广东省-2022")!.Plans.Select(p => p.Id));
        Assert.Equal(["guowuyuan-2022", "zhejiang-2022"], PlanGroups.Find(groups, "浙江省-2022")!.Plans.Select(p => p.Id));
        Assert.Equal(["zhejiang-2021"], PlanGroups.Find(groups, "浙江省-2021")!.Plans.Select(p => p.Id));
    }

    [Fact]
    public void Of_LargeCorpus_HasNoWholeCorpusGroupAndOpensWithTheLargestGroup()
    {
        var plans = Enumerable.Range(0, PlanGroups.MaxWholeCorpus)
            .Select(i => Plan($"city{i}-2022", AdminLevel.City, i < 30 ? "广东省" : "浙江省", 2022))
            .Append(Plan("unknown-2022", AdminLevel.Unknown, null, 2022))
            .ToList();

        var groups = PlanGroups.Of(plans);

        Assert.DoesNotContain(groups, g => g.Key == PlanGroups.AllKey);
        Assert.Equal(("广东省-2022", 30), (groups[0].Key, groups[0].Plans.Count));
        Assert.Equal(plans.Count, groups.Sum(g => g.Plans.Count));
        Assert.Contains(groups, g => g.Key == "—-2022" && g.Label.English.Contains("unknown province", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_NationalPlanOfAYearNoProvinceHas_IsAGroupOfItsOwn()
    {
        var groups = PlanGroups.Of([National2022, Plan("zhejiang-2021", AdminLevel.Province, "浙江省", 2021)]);

        Assert.Equal(["guowuyuan-2022"], PlanGroups.Find(groups, "国家-2022")!.Plans.Select(p => p.Id));
    }

    [Fact]
    public void Find_UnknownKey_IsNull() =>
        Assert.Null(PlanGroups.Find(PlanGroups.Of([National2022]), "火星-2022"));
}
