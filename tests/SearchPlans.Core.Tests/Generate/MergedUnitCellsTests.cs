using SearchPlans.Generate;
using SearchPlans.Tests.Generate.Writers;

namespace SearchPlans.Tests.Generate;

public sealed class MergedUnitCellsTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.PipeRowTable);

    [Fact]
    public void Apply_GivesSomeRequirementsTheUnitsAndDeadlineOfTheOneBefore_WithinATaskOnly()
    {
        var shared = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var merged = MergedUnitCells.Apply(Plan.Sections, new Random(seed));
            foreach (var (before, after) in Plan.Sections.SelectMany(s => s.Subsections).Zip(merged.SelectMany(s => s.Subsections)))
            {
                Assert.Equal(before.Requirements[0], after.Requirements[0]);
                Assert.Equal(before.Requirements.Select(r => r.Text), after.Requirements.Select(r => r.Text));
                for (var k = 1; k < after.Requirements.Count; k++)
                {
                    var (r, above) = (after.Requirements[k], after.Requirements[k - 1]);
                    if (r.Units != before.Requirements[k].Units)
                    {
                        Assert.Same(above.Units, r.Units);
                        Assert.Equal(above.Deadline, r.Deadline);
                        shared++;
                    }
                }
            }
        }
        Assert.InRange(shared, 20, 150);
    }
}
