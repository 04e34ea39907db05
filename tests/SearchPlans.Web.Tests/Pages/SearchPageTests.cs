using System.Net;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class SearchPageTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    private Task<Page> Search(params (string, string)[] parameters) => Get(Url.Search(parameters));

    [Fact]
    public async Task A_query_lists_the_matching_requirements_with_chinese_text_unescaped()
    {
        var page = await Search(("q", "三同步"));

        // Three say 三同步; two more say its topic's wordings (同步研究, 同步推进), after them.
        Assert.Equal(5, page.Count("card"));
        Assert.Contains("河源市", page.Html);
        Assert.DoesNotContain("&#x6CB3;", page.Html);
    }

    [Fact]
    public async Task A_card_shows_the_highlighted_snippet_plan_section_number_units_and_deadline()
    {
        var page = await Search(("q", "\"规划纲要\""), ("jurisdiction", "湛江市"));

        Assert.Equal(1, page.Count("card"));
        Assert.Contains("<mark>规划纲要</mark>", page.Html);
        Assert.True(page.HasLink("/plans/zhanjiang-2021#zhanjiang-2021-1"));
        Assert.Contains("item 1", page.Html);
        Assert.Contains("做好各类规划主动公开", page.Texts("p", "section-path")[0]);
        Assert.Contains("市政府办公室", page.Html);
        Assert.Contains("<span class=\"badge\">lead</span>", page.Html);
        Assert.Contains("2021 年 9 月前完成现有规划文件主动公开", page.Html);
    }

    [Fact]
    public async Task Each_hit_links_to_its_similar_requirements()
    {
        var page = await Search(("q", "三同步"));

        Assert.True(page.HasLink("/requirements/heyuan-2022-26#counterparts"));
        Assert.Contains("Similar requirements (", page.Html);
    }

    [Fact]
    public async Task Facets_count_every_match_per_jurisdiction_year_level_and_unit()
    {
        var page = await Search(("q", "三同步"));

        var facets = page.Texts("section", "facet");
        Assert.Equal(4, facets.Count);
        Assert.Contains("河源市 1", Squeeze(facets[0]));
        Assert.Contains("2022 4", Squeeze(facets[1]));
        Assert.Contains("agency 1", Squeeze(facets[2]));
        Assert.Contains("市直各单位 1", Squeeze(facets[3]));
    }

    [Fact]
    public async Task A_facet_link_filters_and_the_chosen_value_can_be_removed()
    {
        var page = await Search(("q", "三同步"), ("level", "city"));

        Assert.Equal(1, page.Count("card"));
        Assert.Contains("heyuan-2022-26", page.Html);
        Assert.Contains("× remove", page.Html);
        Assert.True(page.HasLink("/?q=%E4%B8%89%E5%90%8C%E6%AD%A5"));
    }

    [Fact]
    public async Task An_empty_query_with_a_filter_lists_everything_under_it()
    {
        var page = await Search(("unit", "市司法局"));

        Assert.True(page.Count("card") >= 1);
        Assert.DoesNotContain("class=\"message\"", page.Html);
    }

    [Fact]
    public async Task Results_come_in_pages_of_twenty_with_links_between_them()
    {
        var first = await Search(("q", "公开"));
        var second = await Search(("q", "公开"), ("page", "2"));

        Assert.Equal(20, first.Count("card"));
        Assert.True(first.HasLink("/?q=%E5%85%AC%E5%BC%80&page=2"));
        Assert.Contains("showing 21–", second.Html);
        Assert.Empty(first.Texts("a", "rid").Intersect(second.Texts("a", "rid")));
    }

    [Fact]
    public async Task A_page_past_the_last_says_so()
    {
        var page = await Search(("q", "三同步"), ("page", "9"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("past the last page", page.Html);
        Assert.Equal(0, page.Count("card"));
    }

    [Theory]
    [InlineData("newest", "2022")]
    [InlineData("oldest", "2019")]
    public async Task Sorting_by_year_puts_that_year_first(string sort, string firstYear)
    {
        var page = await Search(("q", "解读"), ("sort", sort));

        Assert.EndsWith(firstYear, page.Texts("a", "plan")[0]);
        Assert.Contains("<strong aria-current=\"true\">" + (sort == "newest" ? "newest first" : "oldest first"), page.Html);
    }

    [Fact]
    public async Task A_malformed_query_gets_a_message_not_an_error_page()
    {
        var page = await Search(("q", "/[/"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("could not be read", page.Texts("p", "message")[0]);
        Assert.Contains("Query syntax", page.Html);
    }

    [Theory]
    [InlineData("year", "soon", "is not a number")]
    [InlineData("level", "town", "There is no level")]
    [InlineData("sort", "date", "Sorted by relevance instead")]
    public async Task A_bad_parameter_gets_a_message_and_the_rest_of_the_search_still_runs(string name, string value, string message)
    {
        var page = await Search(("q", "三同步"), (name, value));

        Assert.Contains(message, page.Texts("p", "message")[0]);
        Assert.Equal(5, page.Count("card"));
    }

    [Fact]
    public async Task A_query_that_matches_nothing_explains_what_to_try()
    {
        var page = await Search(("q", "宇宙飞船"));

        Assert.Contains("No requirement matches", page.Html);
        Assert.Contains("Nothing matched “宇宙飞船”", page.Html);
    }

    [Fact]
    public async Task The_empty_search_page_shows_the_syntax_and_examples_instead_of_results()
    {
        var page = await Get("/");

        Assert.Equal(0, page.Count("card"));
        Assert.Contains("Query syntax", page.Html);
        Assert.True(page.HasLink("/?q=三同步"));
    }

    [Fact]
    public async Task The_search_page_works_without_javascript()
    {
        var page = await Search(("q", "三同步"));

        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<form method=\"get\" action=\"/\"", page.Html);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404_page()
    {
        var page = await Get("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not found", page.Html);
    }

    private static string Squeeze(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
