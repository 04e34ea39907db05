using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class VariantsPageTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task The_requirement_stands_first_beside_one_counterpart_per_plan()
    {
        var page = await Get("/variants/heyuan-2022-26");
        // A doubtful counterpart may share only wording, so it is no variant: one column per plan with a trusted one.
        var counterparts = site.Services.GetRequiredService<CorpusSession>().Latest.Counterparts.Of("heyuan-2022-26");
        var plans = SearchPlans.Links.CounterpartTiers.Of(counterparts).Trusted.Select(c => c.Plan.Id).Distinct().Count();

        Assert.Equal(1 + Math.Min(plans, 4), page.Count("column"));
        Assert.Equal(1, page.Count("first"));
        Assert.StartsWith("河源市 2022 · item 26", page.Texts("section", "first")[0]);
        Assert.Equal(page.Count("column") - 1, page.Texts("section", "column").Count(t => t.Contains("score", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Each_counterpart_is_diffed_against_the_first()
    {
        var page = await Get("/variants/heyuan-2022-26");

        Assert.Contains("<del>部门</del><ins>科室</ins>", page.Html);
        Assert.Contains("of the words shared", page.Html);
    }

    [Fact]
    public async Task The_columns_are_shown_three_to_five_at_a_time_for_a_widely_copied_requirement()
    {
        var page = await Get("/variants/jiangmen-zftzgcjsglzx-2022-7");

        Assert.InRange(page.Count("column"), 3, 5);
    }

    [Fact]
    public async Task A_requirement_without_counterparts_says_so()
    {
        var session = site.Services.GetRequiredService<CorpusSession>().Latest;
        var id = session.Corpus.Plans.SelectMany(p => p.Requirements).First(r => session.Counterparts.Of(r.Id).Count == 0).Id;

        var page = await Get("/variants/" + id);

        Assert.Contains("nothing to set beside it", page.Html);
        Assert.Equal(1, page.Count("column"));
    }

    [Fact]
    public async Task An_unknown_requirement_gets_the_404_page()
    {
        var page = await Get("/variants/nowhere-2022-1");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not found", page.Html);
    }
}
