using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Web.Reading;
using SearchPlans.Web.Requirements;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>A generated corpus of 40 plans, where requirements copied down the hierarchy have dozens of counterparts.</summary>
public sealed class GeneratedSite() : IndexedSite(Generated(40))
{
    private static List<SearchPlans.Model.Plan> Generated(int plans)
    {
        var generated = new CorpusGenerator(RequirementPool.FromPlans(Read(SeedsPath))).Generate(plans, seed: 7);
        var ingester = new PlanIngester();
        return [.. generated.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content).Plan!)];
    }
}

public sealed class CrowdedRequirementPageTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    [Fact]
    public async Task Only_the_closest_counterparts_are_diffed_and_every_other_one_is_still_listed()
    {
        var snapshot = site.Services.GetRequiredService<CorpusSession>().Latest;
        var crowded = snapshot.Corpus.Plans.SelectMany(p => p.Requirements)
            .Select(r => (r.Id, Count: snapshot.Counterparts.Of(r.Id).Count))
            .MaxBy(x => x.Count);
        Assert.True(crowded.Count > RequirementPages.MaxDiffed, $"the generated corpus should have a requirement with over {RequirementPages.MaxDiffed} counterparts");

        var page = await Page.Get(site.CreateClient(), "/requirements/" + crowded.Id);

        Assert.Equal(crowded.Count, page.Count("counterpart"));
        Assert.Equal(RequirementPages.MaxDiffed, page.Count("diff"));
        Assert.Contains($"The {RequirementPages.MaxDiffed} closest are diffed", page.Html, StringComparison.Ordinal);
    }
}
