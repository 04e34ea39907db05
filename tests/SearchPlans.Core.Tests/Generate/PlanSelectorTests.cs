using SearchPlans.Generate;
using SearchPlans.Model;

namespace SearchPlans.Tests.Generate;

public sealed class PlanSelectorTests
{
    [Fact]
    public void Slots_AskedForTheWholeCatalog_GiveEveryJurisdictionAndYearOnce()
    {
        var slots = PlanSelector.Slots(PlanSelector.Capacity, new Random(7)).ToList();

        Assert.Equal(PlanSelector.Capacity, slots.Count);
        Assert.Equal(slots.Count, slots.Select(s => (s.Entry.Name, s.Year)).Distinct().Count());
        Assert.Contains(slots, s => s.Entry.Level == AdminLevel.Agency);
    }

    [Fact]
    public void Slots_PutEveryParentBeforeItsChildrenOfTheSameYear()
    {
        var seen = new HashSet<(string, int)>();
        foreach (var (entry, year) in PlanSelector.Slots(PlanSelector.Capacity / 3, new Random(11)))
        {
            if (entry.Parent is { Level: not AdminLevel.Province } parent)
                Assert.Contains((parent.Name, year), seen);
            seen.Add((entry.Name, year));
        }
    }
}
