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
    public void Seeds_HaveNoReferencesAmongThemselves()
    {
        Assert.Empty(PlanReferenceFinder.Find(Seeds.Results.Select(r => r.Plan!).ToList()));
    }
}
