using SearchPlans.Model;
using SearchPlans.Web.Plans;

namespace SearchPlans.Tests.Web.Pages;

public sealed class PlanChoicesTests
{
    private static Plan Plan(string id, AdminLevel level, string province, int year) =>
        new(id, id, new Jurisdiction(id.Split('-')[0], level, province), year, null, null, null, [], [], [], [], id + ".txt");

    // A national index in miniature: more plans than a picker lists, in two provinces and three years.
    private static readonly IReadOnlyList<Plan> Large =
    [
        Plan("guangdong-2022", AdminLevel.Province, "广东省", 2022),
        Plan("heyuan-2021", AdminLevel.City, "广东省", 2021),
        Plan("heyuan-2022", AdminLevel.City, "广东省", 2022),
        Plan("heyuan-2019", AdminLevel.City, "广东省", 2019),
        .. Enumerable.Range(0, PlanChoices.MaxListed).Select(i => Plan($"zhejiang{i}-2022", AdminLevel.County, "浙江省", 2022)),
    ];

    [Fact]
    public void For_SmallIndex_ListsEveryOtherPlanAsAClosedList()
    {
        var plans = Large.Take(4).ToList();

        var choices = PlanChoices.For(plans, plans[2]);

        Assert.True(choices.Complete);
        Assert.Equal(["guangdong-2022", "heyuan-2021", "heyuan-2019"], choices.Plans.Select(p => p.Id));
    }

    [Fact]
    public void For_LargeIndex_ListsTheKinPlansTheSameJurisdictionFirst()
    {
        var choices = PlanChoices.For(Large, Large[2]);

        Assert.False(choices.Complete);
        // Its own other years (2019 is a jurisdiction's plan of any year), then its province's plan of 2022.
        Assert.Equal(["heyuan-2021", "heyuan-2019", "guangdong-2022"], choices.Plans.Select(p => p.Id));
    }

    [Fact]
    public void For_LargeIndexAndNoPlanAtHand_ListsTheProvincialPlans()
    {
        var choices = PlanChoices.For(Large, null);

        Assert.Equal(["guangdong-2022"], choices.Plans.Select(p => p.Id));
    }

    [Fact]
    public void For_ListNear_PutsThePlanAtHandFirst()
    {
        Assert.Equal(["heyuan-2022", "heyuan-2021"], PlanChoices.For(Large, Large[2], listNear: true).Plans.Take(2).Select(p => p.Id));
        Assert.Contains(PlanChoices.For(Large.Take(4).ToList(), Large[2], listNear: true).Plans, p => p.Id == "heyuan-2022");
    }
}
