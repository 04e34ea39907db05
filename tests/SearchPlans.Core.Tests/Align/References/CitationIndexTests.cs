using SearchPlans.Align.References;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.References;

/// <summary>Looking cited documents up in the index finds exactly the plans a test of every plan would.</summary>
public sealed class CitationIndexTests
{
    private static Plan Plan(string id, string title, string? docNumber) =>
        new(id, title, new Jurisdiction(id, AdminLevel.City, "广东省"), 2022, docNumber, null, null, [], [], [], [], id + ".txt");

    private static readonly Plan[] Plans =
    [
        .. Seeds.Results.Select(r => r.Plan!),
        Plan("short", "要点", "粤府办〔2022〕1号"),
        Plan("spaced", "江门市 2022年 政务公开 工作要点", null),
        Plan("twin", "江门市2022年政务公开工作要点", "江府办〔2022〕9号"),
    ];

    public static TheoryData<string?, string?> Cites() => new()
    {
        { "关于印发江门市2022年政务公开工作要点的通知", null },
        { "江门市2022年政务公开工作要点", null },
        { "要点", null },
        { "关于印发要点的通知", null },
        { null, "粤府办〔2022〕1号" },
        { "关于印发江门市2022年政务公开工作要点的通知", "江府办〔2022〕9号" },
        { "国务院办公厅关于印发2022年政务公开工作要点的通知", "国办发〔2022〕8号" },
        { "无关的文件", null },
    };

    [Theory]
    [MemberData(nameof(Cites))]
    public void Named_FindsExactlyThePlansTheCitationMatches(string? title, string? docNumber)
    {
        var cite = new CitedDocument(title, docNumber);
        var citing = Plan("citing", "某县政务公开工作要点", null) with { Cites = [cite] };

        var expected = Enumerable.Range(0, Plans.Length).Where(i => PlanReferenceFinder.Cites(citing, Plans[i])).ToList();

        Assert.Equal(expected, new CitationIndex(Plans).Named(cite));
    }

    [Fact]
    public void AShortTitle_IsFoundOnlyWhole_NotInsideALongerCitation()
    {
        var index = new CitationIndex(Plans);
        var shortPlan = Array.FindIndex(Plans, p => p.Id == "short");

        Assert.Contains(shortPlan, index.Named(new CitedDocument("要点", null)));
        Assert.DoesNotContain(shortPlan, index.Named(new CitedDocument("关于印发要点的通知", null)));
    }

    [Fact]
    public void ATitleWithSpaces_IsFoundInsideACitationWithout()
    {
        var spaced = Array.FindIndex(Plans, p => p.Id == "spaced");

        Assert.Contains(spaced, new CitationIndex(Plans).Named(new CitedDocument("关于印发江门市2022年政务公开工作要点的通知", null)));
    }
}
