using SearchPlans.Align.References;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.References;

public class PlanReferenceFinderTests
{
    [Fact]
    public void CitedDocumentNumber_LinksToThePlanThatCarriesIt()
    {
        var parent = Seeds.Jiangmen with { Id = "jiangmen-city-2022", DocNumber = "江府办函〔2022〕7号", Jurisdiction = new Jurisdiction("江门市", AdminLevel.City, "广东省") };
        var references = PlanReferenceFinder.Find([Seeds.Jiangmen, parent]);
        Assert.Contains(new PlanReference(Seeds.Jiangmen.Id, "jiangmen-city-2022", ReferenceKind.Cites, "江府办函〔2022〕7号"), references);
    }

    [Fact]
    public void TitleThatImplementsTheProvincePlan_LinksToIt()
    {
        var province = Seeds.Heyuan with { Id = "guangdong-2022", Title = "广东省2022年政务公开工作要点", Jurisdiction = new Jurisdiction("广东省", AdminLevel.Province, "广东省") };
        var references = PlanReferenceFinder.Find([Seeds.Heyuan, province]);
        Assert.Contains(references, r => r is { From: "heyuan-2022", To: "guangdong-2022", Kind: ReferenceKind.Implements });
    }

    [Fact]
    public void CountyImplementingTheCityPlan_LinksToTheCityItLiesIn_NotAnother()
    {
        var heyuan = Seeds.Heyuan;
        var jiangmen = Seeds.Heyuan with { Id = "jiangmen-2022", Title = "江门市2022年政务公开工作要点", Jurisdiction = new Jurisdiction("江门市", AdminLevel.City, "广东省") };
        var zijin = Seeds.Heyuan with
        {
            Id = "zijin-2022",
            Title = "紫金县贯彻落实市政府办公室2022年政务公开工作要点分工方案",
            Jurisdiction = new Jurisdiction("紫金县", AdminLevel.County, "广东省", City: "河源市"),
        };

        var references = PlanReferenceFinder.Find([heyuan, jiangmen, zijin]).Where(r => r.Kind == ReferenceKind.Implements && r.From == "zijin-2022");

        Assert.Equal(["heyuan-2022"], references.Select(r => r.To));
    }

    [Fact]
    public void TownshipImplementingTheCountyPlan_LinksToItsCounty()
    {
        var county = Seeds.Qingyuan;
        var town = Seeds.Qingyuan with
        {
            Id = "songyuan-2022",
            Title = "松源街道贯彻落实县政府办公室2022年政务公开工作要点任务分工",
            Jurisdiction = new Jurisdiction("松源街道", AdminLevel.Township, "浙江省", "丽水市", "庆元县"),
        };

        var references = PlanReferenceFinder.Find([county, town]);

        Assert.Contains(references, r => r is { From: "songyuan-2022", To: "qingyuan-2022", Kind: ReferenceKind.Implements });
    }

    [Fact]
    public void Seeds_HaveNoReferencesAmongThemselves()
    {
        Assert.Empty(PlanReferenceFinder.Find(Seeds.Results.Select(r => r.Plan!).ToList()));
    }
}
