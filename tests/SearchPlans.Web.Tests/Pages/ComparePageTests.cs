using System.Net;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class ComparePageTests(SeedSite site)
{
    private const string Jiangmen = "jiangmen-zftzgcjsglzx-2022";

    // The comparison's terms (等同, 仅见于A) are pinned in Chinese, the pages' own language.
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=zh-CN");

    private Task<Page> GetEnglish(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task Comparing_two_plans_shows_one_aligned_row_per_requirement_of_a_with_word_diffs()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(30, page.Html.Split("<tr class=", StringSplitOptions.None).Length - 1);
        Assert.Contains("<ins>市、县两级政府部门要</ins>结合权责清单", page.Html);
        Assert.Contains("<del>依</del>申请公开系统", page.Html);
        Assert.Contains("<span class=\"badge equivalent\">等同</span>", page.Html);
    }

    [Fact]
    public async Task The_summary_figures_are_shown()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");

        Assert.Contains("<dt>A条目</dt><dd>30</dd>", page.Html);
        Assert.Contains("<dt>B条目</dt><dd>54</dd>", page.Html);
        Assert.Contains("<dt>等同</dt><dd>26</dd>", page.Html);
    }

    [Fact]
    public async Task What_a_lacks_in_b_and_what_only_b_has_are_listed()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");
        var lists = page.Texts("section", "only");

        Assert.Equal(2, lists.Count);
        Assert.StartsWith("仅见于A：B无等同条目（4）", lists[0]);
        Assert.All(["18", "21", "25", "30"], n => Assert.True(page.HasLink($"/requirements/{Jiangmen}-{n}")));
        Assert.StartsWith("仅见于B：A无等同条目（28）", lists[1]);
    }

    [Theory]
    [InlineData(Jiangmen, "heyuan-2022", 4, 28)]
    [InlineData("heyuan-2022", Jiangmen, 28, 4)]
    public async Task The_summary_counts_only_in_a_and_b_as_the_lists_below_do_either_way_round(string a, string b, int onlyInA, int onlyInB)
    {
        var page = await Get($"/compare?a={a}&b={b}");
        var lists = page.Texts("section", "only");

        Assert.Contains($"<dt>仅见于A</dt><dd>{onlyInA}</dd>", page.Html);
        Assert.Contains($"<dt>仅见于B</dt><dd>{onlyInB}</dd>", page.Html);
        Assert.StartsWith($"仅见于A：B无等同条目（{onlyInA}）", lists[0]);
        Assert.StartsWith($"仅见于B：A无等同条目（{onlyInB}）", lists[1]);
        Assert.Equal(onlyInA + onlyInB, page.Html.Split("<li>", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task A_requirement_only_in_a_names_its_related_items_in_b_as_partial_matches()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");
        var partial = page.Texts("div", "partial");

        // As many as the summary's 其中B有相关, and as many of B's as the swapped comparison counts; doubtful links
        // are weaker, never partial matches.
        Assert.Equal(1, partial.Count(p => p.StartsWith("B有相关：", StringComparison.Ordinal)));
        Assert.Equal(6, partial.Count(p => p.StartsWith("A有相关：", StringComparison.Ordinal)));
        Assert.Contains("<dt>其中B有相关</dt><dd>1</dd>", page.Html);
    }

    // 湛江 2021 item 33 bundles four tasks on the 政府公报; 从化 2019 4.3.1 states its opening (its equivalent), 4.3.2 a
    // later task. Whichever plan is A, the later part is only in 从化 with the bundle as its partial match, and the
    // bundle is in no only-in list.
    [Theory]
    [InlineData("conghua-2019", "zhanjiang-2021", 0)]
    [InlineData("zhanjiang-2021", "conghua-2019", 1)]
    public async Task A_bundle_and_its_parts_follow_one_only_in_rule_whichever_plan_is_a(string a, string b, int laterPartsList)
    {
        var page = await Get($"/compare?a={a}&b={b}");
        var lists = System.Text.RegularExpressions.Regex.Matches(page.Html, "<section class=\"only\">(.*?)</section>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Split("<li>").Skip(1).ToDictionary(
                li => System.Text.RegularExpressions.Regex.Match(li, "href=\"/requirements/([^\"#]+)\"").Groups[1].Value, li => li))
            .ToList();

        Assert.Equal(2, lists.Count);
        Assert.Contains("href=\"/requirements/zhanjiang-2021-33\"", lists[laterPartsList]["conghua-2019-4.3.2"], StringComparison.Ordinal);
        Assert.All(lists, list => Assert.False(list.ContainsKey("zhanjiang-2021-33") || list.ContainsKey("conghua-2019-4.3.1")));
    }

    [Fact]
    public async Task The_coverage_figures_count_equivalents()
    {
        var page = await Get("/compare?a=qingyuan-2022&b=zhanjiang-2021");

        Assert.Contains("<dt>等同</dt><dd>3</dd>", page.Html);
        Assert.Contains("<dt>仅见于A</dt><dd>28</dd>", page.Html);
        Assert.Contains("<dt>A在B有等同</dt><dd>10%</dd>", page.Html);
        Assert.Contains("<dt>B在A有等同</dt><dd>6%</dd>", page.Html);
        Assert.StartsWith("仅见于A：B无等同条目（28）", page.Texts("section", "only")[0]);
    }

    [Fact]
    public async Task A_row_with_no_counterpart_shows_an_empty_b_side()
    {
        var page = await Get($"/compare?a=heyuan-2022&b={Jiangmen}");

        Assert.True(page.Count("only-a") > 0);
        Assert.Contains("<td data-side=\"B\" class=\"none\">—</td>", page.Html);
    }

    [Fact]
    public async Task The_page_has_a_permalink_and_a_swap_link()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");

        Assert.Contains($"固定链接： <a href=\"/compare?a={Jiangmen}&amp;b=heyuan-2022\" class=\"id\" translate=\"no\">", page.Html);
        Assert.True(page.HasLink($"/compare?a=heyuan-2022&b={Jiangmen}"));
    }

    [Fact]
    public async Task The_pickers_keep_the_chosen_plans_selected()
    {
        var page = await Get($"/compare?a={Jiangmen}&b=heyuan-2022");

        Assert.Contains($"<option value=\"{Jiangmen}\" selected=\"selected\">", page.Html);
        Assert.Contains("<option value=\"heyuan-2022\" selected=\"selected\">", page.Html);
    }

    [Fact]
    public async Task Without_parameters_the_page_offers_pickers()
    {
        var page = await GetEnglish("/compare");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<select name=\"a\">", page.Html);
        Assert.Contains("Pick two plans.", page.Html);
        Assert.Equal(0, page.Count("aligned"));
    }

    [Fact]
    public async Task With_one_plan_missing_the_page_asks_for_the_second()
    {
        var page = await GetEnglish("/compare?a=heyuan-2022");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Pick a second plan", page.Html);
        Assert.Contains("<option value=\"heyuan-2022\" selected=\"selected\">", page.Html);
    }

    [Fact]
    public async Task An_unknown_plan_is_a_404_with_the_pickers()
    {
        var page = await GetEnglish("/compare?a=nowhere-2022&b=heyuan-2022");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("There is no plan \"nowhere-2022\" in the index", WebUtility.HtmlDecode(page.Html));
        Assert.Contains("<select name=\"b\">", page.Html);
    }

    [Fact]
    public async Task A_plan_compared_with_itself_gets_a_message()
    {
        var page = await GetEnglish("/compare?a=heyuan-2022&b=heyuan-2022");

        Assert.Contains("pick two different plans", page.Html);
        Assert.Equal(0, page.Count("aligned"));
    }

    [Fact]
    public async Task The_stylesheet_has_a_print_layout()
    {
        var css = await site.CreateClient().GetStringAsync("/assets/site.css");

        Assert.Contains("@media print", css);
        Assert.Contains("table.aligned thead { display: table-header-group; }", css);
    }
}
