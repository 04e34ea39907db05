using SearchPlans.Model;
using SearchPlans.Units;

namespace SearchPlans.Tests.Units;

public sealed class UnitAssignmentsTests
{
    [Fact]
    public void Of_DataBureau_ListsItsRequirementsByPlanInYearOrderWithTheStrongestRole()
    {
        var corpus = new Corpus([.. Seeds.Results.Select(r => r.Plan!)]);
        var unit = UnitClusterer.Cluster(corpus).Find("市政务服务数据管理局")!;

        var byPlan = UnitAssignments.Of(unit, corpus);

        Assert.Equal(["zhanjiang-2021", "heyuan-2022", "jiangmen-zftzgcjsglzx-2022"], byPlan.Select(p => p.Plan.Id));
        var jiangmen = Assert.Single(byPlan[2].Requirements);
        Assert.Equal(("jiangmen-zftzgcjsglzx-2022-11", UnitRole.NamedInText), (jiangmen.Requirement.Id, jiangmen.Role));
        Assert.Equal(["市政数局"], jiangmen.Spellings);
        Assert.Contains(byPlan[0].Requirements, a => a.Requirement.Id == "zhanjiang-2021-2" && a.Role == UnitRole.Lead);
        Assert.Equal(10, byPlan[0].Requirements.Count);
    }
}
