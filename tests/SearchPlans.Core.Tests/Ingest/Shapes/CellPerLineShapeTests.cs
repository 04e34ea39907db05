namespace SearchPlans.Tests.Ingest.Shapes;

public class CellPerLineShapeTests
{
    [Fact]
    public void Conghua_IsReadAsOneCellPerLine_With54Requirements()
    {
        Assert.Equal("one cell per line", Seeds.ResultOf(Seeds.Conghua).Shape);
        Assert.Equal(54, Seeds.Conghua.Requirements.Count);
        Assert.Equal(5, Seeds.Conghua.Sections.Count);
    }

    [Fact]
    public void NumberedCriteria_BecomeOneCriterionEach()
    {
        var r = Seeds.Conghua.Requirements[1];
        Assert.Equal("conghua-2019-1.1.2", r.Id);
        Assert.Equal("2", r.Number);
        Assert.Equal("政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。", r.Text);
        Assert.Equal(
            ["1.评价各单位政策解读是否做到“三同步”。", "2.规范性文件送审时未同步报送解读材料的，区政府办公室作退文处理。", "3.评价规范性文件网上公布后3个工作日内，解读材料是否关联公开。"],
            r.Criteria);
        Assert.Equal(["一、着眼稳定预期，加强政策解读和回应关切", "（一）深入解读重要政策措施。"], r.SectionPath);
    }

    [Fact]
    public void UnitCellOnTwoLines_IsJoined()
    {
        Assert.Equal("各议题主办单位", Seeds.Conghua.Requirements[2].UnitsText);
    }

    [Fact]
    public void BlankUnitCell_InheritsTheUnitAbove()
    {
        var r = Seeds.Conghua.Requirements.Single(x => x.Text == "及时公开义务教育信息，多渠道扩大学前教育供给的相关信息。");
        Assert.True(r.UnitsInherited);
        Assert.Equal("区教育局，各镇街", r.UnitsText);
        Assert.Equal(["（三）强化重点民生领域信息公开。"], r.SectionPath.Skip(1));
    }

    [Fact]
    public void TaskWithoutNumber_IsARequirementWithoutNumber()
    {
        var r = Seeds.Conghua.Requirements.Single(x => x.Text == "公开财政项目文本和绩效目标。");
        Assert.Null(r.Number);
        Assert.Equal("conghua-2019-3.4.1", r.Id);
    }

    [Fact]
    public void LeadAndJoiningUnits_AreSeparated()
    {
        var r = Seeds.Conghua.Requirements.Single(x => x.Text.StartsWith("做好扶贫政策举措", StringComparison.Ordinal));
        Assert.Equal(["区农业农村局", "区科工商信局", "各镇（街）"], r.Units.Select(u => u.Name));
        Assert.Equal(["区农业农村局"], r.LeadUnits);
    }
}
