using SearchPlans.Generate;
using SearchPlans.Tests.Generate.Writers;

namespace SearchPlans.Tests.Generate;

/// <summary>
/// The ids each layout's requirements get follow the ingester's assembler rule: the printed number where numbers are
/// unique, else the section path the file shows and the number or the position under it.
/// </summary>
public sealed class RequirementIdsTests
{
    private static string[] Ids(PlanLayout layout) => [.. SamplePlans.Plan(layout).Requirements.Select(r => r.Id)];

    [Theory]
    [InlineData(PlanLayout.SectionedTable)]
    [InlineData(PlanLayout.DeadlineTable)]
    [InlineData(PlanLayout.PipeRowTable)]
    [InlineData(PlanLayout.NumberedProse)]
    [InlineData(PlanLayout.BracketUnitProse)]
    public void Assign_NumberedThroughThePlan_IdsAreTheNumbers(PlanLayout layout)
    {
        Assert.Equal(["sample-2022-1", "sample-2022-2", "sample-2022-3", "sample-2022-4", "sample-2022-5", "sample-2022-6"], Ids(layout));
    }

    [Fact]
    public void Assign_PipeCellTable_WithNeitherNumbersNorSections_IdsArePositions()
    {
        Assert.Equal(["sample-2022-1", "sample-2022-2", "sample-2022-3", "sample-2022-4", "sample-2022-5", "sample-2022-6"], Ids(PlanLayout.PipeCellTable));
    }

    [Fact]
    public void Assign_BlankLineCellTable_IdsArePositionsUnderEachSectionCell()
    {
        Assert.Equal(["sample-2022-1.1", "sample-2022-1.2", "sample-2022-1.3", "sample-2022-2.1", "sample-2022-3.1", "sample-2022-3.2"], Ids(PlanLayout.BlankLineCellTable));
    }

    [Fact]
    public void Assign_ProseWithUnnumberedRequirements_IdsAreSectionPathsAndPositions()
    {
        Assert.Equal(["sample-2022-1.1.1", "sample-2022-1.1.2", "sample-2022-1.1.3", "sample-2022-1.2.1", "sample-2022-2.1.1", "sample-2022-2.1.2"], Ids(PlanLayout.Prose));
    }
}
