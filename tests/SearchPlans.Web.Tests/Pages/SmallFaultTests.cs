using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>The small faults users tripped on: each message says what was asked for, and each control keeps its place.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class SmallFaultTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task A_page_far_past_the_end_is_named_as_asked()
    {
        var page = await Get(Url.Search(("q", "公开"), ("page", "999999")));

        Assert.Contains("Page 999999 is past the last page of results", page.Html);
    }

    [Fact]
    public async Task An_unknown_unit_is_reported_as_a_unit()
    {
        var page = await Get("/units/" + Uri.EscapeDataString("市不存在局"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("No unit is named \"市不存在局\"", WebUtility.HtmlDecode(page.Html));
        Assert.DoesNotContain("Plan and requirement ids", page.Html);
    }

    [Fact]
    public async Task The_unit_breadcrumb_ends_in_the_unit()
    {
        var page = await Get("/units/" + Uri.EscapeDataString("市政数局"));

        Assert.Equal("Units › 市政务服务数据管理局", page.Texts("p", "crumbs")[0]);
    }

    [Theory]
    [InlineData("/api/nothing")]
    [InlineData("/api/plans/heyuan-2022/extra")]
    public async Task An_unknown_api_address_answers_json(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no API address", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_api_search_with_a_bad_year_is_refused_without_claiming_to_search_every_year()
    {
        using var response = await site.CreateClient().GetAsync("/api/search?year=abc");
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"abc\" is not a number", error);
        Assert.DoesNotContain("instead", error);
    }

    [Fact]
    public async Task The_search_page_still_says_what_it_did_instead_of_a_bad_year()
    {
        var page = await Get(Url.Search(("q", "公开"), ("year", "abc")));

        Assert.Contains("Searched every year instead.", page.Html);
    }

    [Fact]
    public async Task The_compare_pickers_list_every_plan_place_first_in_order_and_keep_both_choices()
    {
        var page = await Get("/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022");

        var pickers = Picker().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, pickers.Count);
        foreach (var picker in pickers)
        {
            var options = Option().Matches(picker).Select(m => (Id: m.Groups[1].Value, Selected: m.Groups[2].Success, Label: m.Groups[3].Value)).ToList();
            Assert.Equal(5, options.Count);
            Assert.Contains(options, o => o.Label.StartsWith("江门市政府投资工程建设管理中心 2022 · 市建管中心", StringComparison.Ordinal));
            // 从化 cóng, 河源 hé, 江门 jiāng, 庆元 qìng, 湛江 zhàn.
            Assert.Equal(["conghua-2019", "heyuan-2022", "jiangmen-zftzgcjsglzx-2022", "qingyuan-2022", "zhanjiang-2021"], options.Select(o => o.Id));
        }
        Assert.Equal("jiangmen-zftzgcjsglzx-2022", Selected(pickers[0]));
        Assert.Equal("heyuan-2022", Selected(pickers[1]));
    }

    [Fact]
    public async Task A_counterparts_compare_link_opens_the_comparison_at_its_row()
    {
        var page = await Get("/requirements/heyuan-2022-26");

        var link = Regex.Match(page.Html, "href=\"(/compare\\?a=heyuan-2022&amp;b=[^\"]+)\">Compare the two plans").Groups[1].Value;
        Assert.EndsWith("#row-heyuan-2022-26", link);
        var comparison = await Get(WebUtility.HtmlDecode(link).Split('#')[0]);
        Assert.Contains("id=\"row-heyuan-2022-26\"", comparison.Html);
    }

    [Fact]
    public async Task The_landing_page_title_comes_before_the_query_syntax_help()
    {
        var page = await Get("/");

        Assert.True(page.Html.IndexOf("<h1>", StringComparison.Ordinal) < page.Html.IndexOf("class=\"syntax\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("year", "heyuan-2022")]
    [InlineData("requirements", "heyuan-2022")]
    [InlineData("jurisdiction", "conghua-2019")]
    public async Task The_plans_list_sorts_by_a_column(string sort, string firstId)
    {
        var page = await Get("/plans?sort=" + sort);

        var ids = Regex.Matches(page.Html, "<a href=\"/plans/([^\"#]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(firstId, ids[0]);
        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public async Task The_plans_list_headers_are_sort_links_keeping_the_filter()
    {
        var page = await Get("/plans?year=2022");

        Assert.True(page.HasLink("/plans?year=2022&sort=requirements"));
        Assert.Contains("aria-sort=\"ascending\"><strong>Jurisdiction</strong>", page.Html);
    }

    [Fact]
    public async Task A_plan_says_when_the_plan_it_carries_out_is_not_in_the_index()
    {
        var heyuan = await Get("/plans/heyuan-2022");
        var zhanjiang = await Get("/plans/zhanjiang-2021");

        Assert.Contains("This plan carries out the plan of 省政府办公厅 (广东省, 2022), which is not in the index", heyuan.Html);
        Assert.DoesNotContain("which is not in the index", zhanjiang.Html);
    }

    private static string Selected(string picker) => Option().Matches(picker).Single(m => m.Groups[2].Success).Groups[1].Value;

    [GeneratedRegex("<select name=\"[ab]\">(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Picker();

    [GeneratedRegex("<option value=\"([^\"]+)\"( selected=\"selected\")?>([^<]*)</option>")]
    private static partial Regex Option();
}
