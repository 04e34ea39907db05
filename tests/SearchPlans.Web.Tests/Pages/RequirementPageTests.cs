using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class RequirementPageTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task A_requirement_page_shows_its_full_text_and_fields()
    {
        var page = await Get("/requirements/zhanjiang-2021-1");

        Assert.Contains("<h1>湛江市 2021 · item 1</h1>", page.Html);
        Assert.Contains("国民经济和社会发展第十四个五年规划纲要", page.Texts("div", "full-text")[0]);
        Assert.Contains("做好各类规划主动公开", page.Html);
        Assert.Contains("市政府办公室</a><span class=\"badge\">lead</span>", page.Html);
        Assert.Contains("2021 年 9 月前完成现有规划文件主动公开", page.Html);
        Assert.True(page.HasLink("/plans/zhanjiang-2021#zhanjiang-2021-1"));
    }

    [Fact]
    public async Task A_topic_links_to_every_requirement_naming_it_in_any_wording()
    {
        var page = await Get("/requirements/conghua-2019-5.4.3");
        var topics = page.Texts("dd", "topics");
        Assert.Equal("〔信息公开年报〕", Assert.Single(topics).Trim());
        var query = "\"公开年度报告\" OR \"公开工作年度报告\" OR \"年报\"";
        Assert.True(page.HasLink("/?q=" + Uri.EscapeDataString(query)));

        // 从化 writes 年度报告, 河源 10 writes only 年报: the topic's search finds both.
        var search = await Get("/?q=" + Uri.EscapeDataString(query));
        Assert.True(search.HasLink("/requirements/conghua-2019-5.4.3"));
        Assert.True(search.HasLink("/requirements/heyuan-2022-10"));
    }

    [Fact]
    public async Task A_requirement_page_shows_its_criteria()
    {
        var page = await Get("/requirements/conghua-2019-1.1.2");

        Assert.Contains("<li>1.评价各单位政策解读是否做到“三同步”。</li>", page.Html);
    }

    [Fact]
    public async Task Counterparts_are_grouped_by_jurisdiction_and_year_with_kind_score_and_diff()
    {
        var page = await Get("/requirements/heyuan-2022-26");
        var counterparts = site.Services.GetRequiredService<CorpusSession>().Latest.Counterparts.Of("heyuan-2022-26");

        Assert.Equal(counterparts.Count, page.Count("counterpart"));
        // Groups hold the trusted counterparts; the doubtful ones are listed apart, collapsed, without a group.
        Assert.Equal(SearchPlans.Links.CounterpartTiers.Of(counterparts).Trusted.Select(c => c.Plan.Id).Distinct().Count(), page.Count("group"));
        Assert.Contains("<h3>江门市政府投资工程建设管理中心 2022</h3>", page.Html);
        Assert.Contains("<span class=\"badge equivalent\">equivalent</span>", page.Html);
        Assert.Contains("score 0.", page.Html);
        Assert.Contains("<del>部门</del><ins>科室</ins>", page.Html);
        Assert.True(page.HasLink("/requirements/jiangmen-zftzgcjsglzx-2022-7"));
        Assert.True(page.HasLink("/compare?a=heyuan-2022&b=jiangmen-zftzgcjsglzx-2022#row-heyuan-2022-26"));
    }

    [Fact]
    public async Task The_best_counterparts_group_comes_first()
    {
        var page = await Get("/requirements/heyuan-2022-47");

        Assert.StartsWith("湛江市 2021", page.Texts("section", "group")[0]);
    }

    [Fact]
    public async Task Without_other_years_the_page_says_so()
    {
        var page = await Get("/requirements/heyuan-2022-26");

        Assert.Contains("The index holds no plan of 河源市 for another year.", page.Html);
    }

    [Fact]
    public async Task A_requirement_without_counterparts_says_so()
    {
        var id = site.Services.GetRequiredService<CorpusSession>().Latest.Corpus.Plans.SelectMany(p => p.Requirements)
            .First(r => site.Services.GetRequiredService<CorpusSession>().Latest.Counterparts.Of(r.Id).Count == 0).Id;

        var page = await Get("/requirements/" + id);

        Assert.Contains("No other plan of the index has a requirement linked to this one.", page.Html);
    }

    [Fact]
    public async Task An_unknown_requirement_id_gets_the_404_page()
    {
        var page = await Get("/requirements/heyuan-2022-999");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not found", page.Html);
    }
}

public sealed class RequirementLineagePageTests(TwoYearsSite site) : IClassFixture<TwoYearsSite>
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task A_kept_requirement_links_to_its_earlier_year()
    {
        var page = await Get("/requirements/heyuan-2023-26");

        Assert.True(page.HasLink("/requirements/heyuan-2022-26"));
        Assert.Contains("↓ kept · score 1.00", page.Html);
    }

    [Fact]
    public async Task An_earlier_requirement_links_to_its_later_year()
    {
        var page = await Get("/requirements/heyuan-2022-26");

        Assert.True(page.HasLink("/requirements/heyuan-2023-26"));
        var lineage = page.Texts("ol", "lineage")[0];
        Assert.True(lineage.IndexOf("this requirement", StringComparison.Ordinal) < lineage.IndexOf("2023", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reworded_requirement_is_marked_modified()
    {
        var corpus = site.Services.GetRequiredService<CorpusSession>().Latest.Corpus;
        var reworded = corpus.FindPlan("heyuan-2023")!.Requirements.Single(r => r.Text.Contains("每半年评估一次", StringComparison.Ordinal));

        var page = await Get("/requirements/" + reworded.Id);

        Assert.Contains("↓ modified", page.Html);
    }

    [Fact]
    public async Task A_new_requirement_has_no_equivalent_the_year_before()
    {
        var page = await Get("/requirements/heyuan-2023-1");

        Assert.Contains(TwoYearsSite.NewItem1, page.Html);
        Assert.Contains("↓ new", page.Html);
    }

    [Fact]
    public async Task A_dropped_requirement_has_no_equivalent_the_year_after()
    {
        var page = await Get("/requirements/heyuan-2022-1");

        Assert.Contains("↓ dropped", page.Html);
    }
}

public sealed class RequirementReferencePageTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task A_requirement_links_to_the_plan_its_plan_carries_out_and_its_counterpart_there()
    {
        var page = await Page.Get(site.CreateClient(), "/requirements/" + HostileSite.CityPlan + "-1");

        Assert.Contains("carries out", page.Html);
        Assert.True(page.HasLink("/plans/" + HostileSite.ProvincePlan));
        Assert.True(page.HasLink("/requirements/" + HostileSite.ProvincePlan + "-1"));
    }
}
