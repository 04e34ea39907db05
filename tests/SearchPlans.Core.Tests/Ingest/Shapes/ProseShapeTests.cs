namespace SearchPlans.Tests.Ingest.Shapes;

public class ProseShapeTests
{
    [Fact]
    public void Qingyuan_EachMarkedPartIsARequirement()
    {
        var q = Seeds.Qingyuan;
        Assert.Equal("prose with unit markers", Seeds.ResultOf(q).Shape);
        Assert.Equal(31, q.Requirements.Count);
        Assert.All(q.Requirements, r => Assert.Null(r.Number));
        Assert.All(q.Requirements, r => Assert.NotEmpty(r.Units));
    }

    [Fact]
    public void FirstSentenceOfAParagraph_IsTheSectionTitle()
    {
        var first = Seeds.Qingyuan.Requirements[0];
        Assert.Equal("qingyuan-2022-1.1.1", first.Id);
        Assert.Equal(["一、围绕中心工作、重大事项，深化主动公开", "（一）聚焦“最生态窗口”和共同富裕示范区建设加大公开力度。"], first.SectionPath);
        Assert.StartsWith("围绕“最生态窗口”和共同富裕示范区建设山区范例", first.Text);
        Assert.Equal("（县发改局牵头负责）", first.UnitsText);
        Assert.Equal([new Model.ResponsibleUnit("县发改局", true)], first.Units);
    }

    [Fact]
    public void ParagraphCutByPageBreak_IsJoined()
    {
        var r = Seeds.Qingyuan.Requirements.Single(x => x.UnitsText.Contains("县市场监督管理局", StringComparison.Ordinal));
        Assert.EndsWith("为市场主体规范健康发展营造良好环境。", r.Text);
    }

    [Fact]
    public void MarkerCutByPageBreak_IsJoinedAndStrippedOfMarkdown()
    {
        var r = Seeds.Qingyuan.Requirements.Single(x => x.Text.EndsWith("简洁版移动政务服务应用。", StringComparison.Ordinal));
        Assert.Equal("（县大数据发展中心牵头负责)", r.UnitsText);
        Assert.Equal(["县大数据发展中心"], r.LeadUnits);
    }

    [Fact]
    public void MarkerAtTheStartOfTheNextPage_BelongsToThePartBeforeIt()
    {
        var r = Seeds.Qingyuan.Requirements.Single(x => x.Text.StartsWith("建立定期通报机制", StringComparison.Ordinal));
        Assert.Equal("（县府办牵头负责）", r.UnitsText);
        var s = Seeds.Qingyuan.Requirements.Single(x => x.Text.StartsWith("创新政务公开方式", StringComparison.Ordinal));
        Assert.Equal("（各有关单位分别牵头负责）", s.UnitsText);
    }

    [Fact]
    public void NonLeadMarker_MarksNoLeadUnit()
    {
        var r = Seeds.Qingyuan.Requirements[1];
        Assert.Equal([new Model.ResponsibleUnit("各有关单位", false)], r.Units);
    }
}
