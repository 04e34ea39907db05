using SearchPlans.Align;
using SearchPlans.Links.Lineage;
using SearchPlans.Model;
using static SearchPlans.Tests.Align.AlignTestData;

namespace SearchPlans.Tests.Links.Lineage;

public class YearLineageTests
{
    // The same city's plans of two years, built from seed texts: one item kept word for word, one reworded, one new, one dropped.
    private static readonly Plan Earlier = Plan("city-2021", 2021,
        Requirement("city-2021-1", Seeds.Zhanjiang.Item("45").Text),
        Requirement("city-2021-2", Seeds.Zhanjiang.Item("43").Text),
        Requirement("city-2021-3", Seeds.Zhanjiang.Item("10").Text));

    private static readonly Plan Later = Plan("city-2022", 2022,
        Requirement("city-2022-1", Seeds.Heyuan.Item("47").Text),
        Requirement("city-2022-2", Seeds.Jiangmen.Item("25").Text + "要加强统筹协调。"),
        Requirement("city-2022-3", Seeds.Heyuan.Item("43").Text));

    private static readonly Jurisdiction City = new("某市", AdminLevel.City, "广东省");

    private static Corpus Linked() => new Aligner().Link(new Corpus([Earlier with { Jurisdiction = City }, Later with { Jurisdiction = City }]));

    [Fact]
    public void RequirementsAcrossYears_AreKeptModifiedNewOrDropped()
    {
        var corpus = Linked();
        var changes = YearLineage.Compare(corpus, corpus.Plans[0], corpus.Plans[1]).ToDictionary(c => c.RequirementId, c => c.Change);

        Assert.Equal(YearChange.Kept, changes["city-2022-1"]);
        Assert.Equal(YearChange.Modified, changes["city-2022-2"]);
        Assert.Equal(YearChange.New, changes["city-2022-3"]);
        Assert.Equal(YearChange.Dropped, changes["city-2021-3"]);
        Assert.False(changes.ContainsKey("city-2021-1"));
    }

    [Fact]
    public void SameJurisdictionPreviousYear_IsAPlanReference()
    {
        var corpus = Linked();
        Assert.Contains(new PlanReference("city-2022", "city-2021", ReferenceKind.PreviousYear, "2021"), corpus.References);
    }

    [Fact]
    public void CarriedShare_CountsTheParentRequirementsAChildHasEquivalentsFor()
    {
        var corpus = Linked();
        Assert.Equal(2.0 / 3, YearLineage.CarriedShare(corpus, corpus.Plans[0], corpus.Plans[1]), 3);
    }
}
