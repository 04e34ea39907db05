using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class PlanPageTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task The_plans_list_links_every_plan_with_its_requirement_count()
    {
        var page = await Get("/plans");

        foreach (var id in (string[])["heyuan-2022", "conghua-2019", "jiangmen-zftzgcjsglzx-2022", "qingyuan-2022", "zhanjiang-2021"])
            Assert.True(page.HasLink("/plans/" + id), id);
        Assert.Contains("219 requirements", page.Html);
        Assert.Contains("<td class=\"n\">54</td>", page.Html);
    }

    [Fact]
    public async Task The_plans_list_filters_by_text_in_the_title_id_or_place()
    {
        var page = await Get("/plans?q=" + Uri.EscapeDataString("河源"));

        Assert.True(page.HasLink("/plans/heyuan-2022"));
        Assert.False(page.HasLink("/plans/conghua-2019"));
        Assert.Contains("1 of 5 plans, 54 requirements.", page.Html);
    }

    [Fact]
    public async Task The_plans_list_filters_by_year()
    {
        var page = await Get("/plans?year=2022");

        Assert.Contains("3 of 5 plans", page.Html);
        Assert.False(page.HasLink("/plans/zhanjiang-2021"));
        Assert.Contains("<option value=\"2022\" selected=\"selected\">2022</option>", page.Html);
    }

    [Theory]
    [InlineData("/plans?year=abc")]
    [InlineData("/plans?p=0")]
    [InlineData("/plans?p=999")]
    public async Task The_plans_list_with_a_malformed_filter_or_page_lists_every_plan(string url)
    {
        var page = await Get(url);

        Assert.Contains("5 plans, 219 requirements.", page.Html);
        Assert.True(page.HasLink("/plans/zhanjiang-2021"));
    }

    [Fact]
    public async Task The_plans_list_with_no_match_says_so()
    {
        var page = await Get("/plans?q=nowhere");

        Assert.Contains("No plan matches", page.Html);
    }

    [Fact]
    public async Task A_plan_page_of_a_small_index_offers_every_other_plan_to_compare_with()
    {
        var page = await Get("/plans/heyuan-2022");

        Assert.Contains("<option value=\"zhanjiang-2021\">", page.Html);
        Assert.DoesNotContain("<option value=\"heyuan-2022\">", page.Html);
    }

    [Theory]
    [InlineData("heyuan-2022", 54)]
    [InlineData("conghua-2019", 54)]
    [InlineData("jiangmen-zftzgcjsglzx-2022", 30)]
    [InlineData("qingyuan-2022", 31)]
    [InlineData("zhanjiang-2021", 50)]
    public async Task A_plan_page_shows_every_requirement_once_with_an_anchor(string id, int count)
    {
        var page = await Get("/plans/" + id);
        var corpus = site.Services.GetRequiredService<CorpusSession>().Latest.Corpus;

        Assert.Equal(count, page.Count("requirement"));
        Assert.All(corpus.FindPlan(id)!.Requirements, r => Assert.Contains($"<article class=\"requirement\" id=\"{r.Id}\">", page.Html));
    }

    [Theory]
    [InlineData("conghua-2019", "从化区（广东省 广州市）")]
    [InlineData("jiangmen-zftzgcjsglzx-2022", "江门市政府投资工程建设管理中心（广东省 江门市）")]
    [InlineData("heyuan-2022", "河源市（广东省）")]
    public async Task A_plan_page_shows_the_places_its_jurisdiction_lies_in(string id, string shown)
    {
        var page = await Get("/plans/" + id);

        Assert.Contains($"<dd>{shown}</dd>", page.Html);
    }

    [Fact]
    public async Task A_plan_page_shows_its_metadata()
    {
        var page = await Get("/plans/qingyuan-2022");

        Assert.Contains("<h1>2022年庆元县政务公开工作要点</h1>", page.Html);
        Assert.Contains("庆政办发〔2022〕37号", page.Html);
        Assert.Contains("庆元县人民政府办公室", page.Html);
        Assert.Contains("county", page.Html);
        Assert.Contains("浙江省", page.Html);
    }

    [Fact]
    public async Task Requirements_hang_under_their_sections_in_a_tree()
    {
        var page = await Get("/plans/heyuan-2022");

        Assert.Contains("<li id=\"s-1\">", page.Html);
        Assert.Contains("<h3>一、优化政务公开工作基础</h3>", page.Html);
        Assert.Contains("<li id=\"s-1-1\">", page.Html);
        var section = page.Html.IndexOf("<li id=\"s-1\">", StringComparison.Ordinal);
        var next = page.Html.IndexOf("<li id=\"s-2\">", StringComparison.Ordinal);
        var first = page.Html.IndexOf("id=\"heyuan-2022-1\"", StringComparison.Ordinal);
        Assert.InRange(first, section, next);
    }

    [Fact]
    public async Task Each_requirement_shows_how_many_trusted_counterparts_it_has_elsewhere()
    {
        var page = await Get("/plans/heyuan-2022");
        var all = site.Services.GetRequiredService<CorpusSession>().Latest.Counterparts.Of("heyuan-2022-26");
        var counterparts = all.Count(c => c.Link.Confidence != SearchPlans.Model.LinkConfidence.Doubtful);

        Assert.True(counterparts > 1 && counterparts < all.Count);
        Assert.Contains($"<a href=\"/requirements/heyuan-2022-26#counterparts\">{counterparts} counterparts elsewhere</a>", page.Html);
    }

    [Fact]
    public async Task Criteria_units_and_deadlines_are_shown_with_the_requirement()
    {
        var conghua = await Get("/plans/conghua-2019");
        var zhanjiang = await Get("/plans/zhanjiang-2021");

        Assert.Contains("<li>1.评价各单位政策解读是否做到“三同步”。</li>", conghua.Html);
        Assert.Contains("Deadline", zhanjiang.Html);
        Assert.Contains("市政府办公室</a><span class=\"badge\">lead</span>", zhanjiang.Html);
    }

    [Fact]
    public async Task The_text_outside_the_requirements_is_shown()
    {
        var page = await Get("/plans/heyuan-2022");
        var plan = site.Services.GetRequiredService<CorpusSession>().Latest.Corpus.FindPlan("heyuan-2022")!;

        Assert.NotEmpty(plan.Remainder);
        Assert.Equal(plan.Remainder.Count, page.Count("piece"));
        Assert.Contains("table header", page.Html);
        Assert.Contains("工作要求 具体任务 具体要求 落实单位", page.Texts("section", "remainder")[0]);
    }

    [Fact]
    public async Task A_plan_page_offers_to_compare_with_each_other_plan()
    {
        var page = await Get("/plans/heyuan-2022");

        Assert.Contains("<form method=\"get\" action=\"/compare\"", page.Html);
        Assert.Contains("<option value=\"zhanjiang-2021\">", page.Html);
        Assert.DoesNotContain("<option value=\"heyuan-2022\">", page.Html);
    }

    [Fact]
    public async Task An_unknown_plan_id_gets_the_404_page()
    {
        var page = await Get("/plans/nowhere-2022");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not found", page.Html);
        Assert.Contains("heyuan-2022", page.Html);
    }
}

public sealed class PlanReferencePageTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task A_plan_links_to_the_plan_it_carries_out_and_back()
    {
        var city = await Page.Get(site.CreateClient(), "/plans/" + HostileSite.CityPlan);
        var province = await Page.Get(site.CreateClient(), "/plans/" + HostileSite.ProvincePlan);

        Assert.Contains("carries out", city.Html);
        Assert.True(city.HasLink("/plans/" + HostileSite.ProvincePlan));
        Assert.True(city.HasLink($"/compare?a={HostileSite.CityPlan}&b={HostileSite.ProvincePlan}"));
        Assert.Contains("carried out by", province.Html);
        Assert.True(province.HasLink("/plans/" + HostileSite.CityPlan));
    }
}

public sealed class PlanYearsPageTests(TwoYearsSite site) : IClassFixture<TwoYearsSite>
{
    [Fact]
    public async Task A_plan_links_to_its_previous_and_next_year()
    {
        var later = await Page.Get(site.CreateClient(), "/plans/heyuan-2023");
        var earlier = await Page.Get(site.CreateClient(), "/plans/heyuan-2022");

        Assert.Contains("previous year", later.Html);
        Assert.True(later.HasLink("/plans/heyuan-2022"));
        Assert.Contains("next year", earlier.Html);
        Assert.True(earlier.HasLink("/plans/heyuan-2023"));
    }
}
