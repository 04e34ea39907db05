using SearchPlans.Align.Batches;
using SearchPlans.Align.Features;
using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Batches;

public sealed class LiveProfilesTests
{
    [Fact]
    public void Of_LineageBatches_EachPlanBuiltOnceAndLetGoAfterItsLastBatch()
    {
        var pairs = PlanPairs.Of(ManyProvincesPlans.Plans, LinkScope.Lineage, touching: null);
        var live = new LiveProfiles(new ProfileBuilder(), pairs);
        var paired = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().Count();
        var mostHeld = 0;

        foreach (var batch in new ProvinceYearBatches().Batch(pairs))
        {
            live.Of(batch);
            mostHeld = Math.Max(mostHeld, live.PlansHeld);
            live.Linked(batch);
        }

        Assert.Equal(paired, live.PlansBuilt);
        Assert.Equal(0, live.PlansHeld);
        Assert.True(mostHeld < paired / 2, $"held at most {mostHeld} of {paired} plans");
    }

    [Fact]
    public void Of_Batch_ProfilesNumberedFromZeroInThePlansOrder()
    {
        var plans = ManyProvincesPlans.Plans;
        var batch = new List<(Plan, Plan)> { (plans[0], plans[1]), (plans[2], plans[0]) };
        var live = new LiveProfiles(new ProfileBuilder(), [(plans[1], plans[2]), .. batch]);
        live.Of([(plans[1], plans[2])]);

        var profiles = live.Of(batch);

        Assert.Equal(Enumerable.Range(0, profiles.Count), profiles.Select(p => p.Index));
        Assert.Equal([.. new[] { plans[0], plans[1], plans[2] }.SelectMany(p => p.Requirements).Select(r => r.Id)], profiles.Select(p => p.RequirementId));
    }
}
