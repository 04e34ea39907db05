using System.Net;
using SearchPlans.Search.Evaluation;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>
/// The search page says how it read a query: what it repaired, what else it searched, the place a word names, and a
/// correction for a query that found nothing (issue 23 items 4 and 5, issue 27); and it exports a judging sheet.
/// </summary>
[Collection(SeedSiteCollection.Name)]
public sealed class QueryReadingPageTests(SeedSite site)
{
    private Task<Page> Search(params (string, string)[] parameters) => Page.Get(site.CreateClient(), Url.Search(parameters));

    [Theory]
    [InlineData("\"政策解读", "Closed the quote")]
    [InlineData("2021/9", null)]
    [InlineData("三同步!", null)]
    [InlineData("目标:", null)]
    [InlineData("政策 OR", "Left out OR")]
    [InlineData("政策 and 解读", "as the operator AND")]
    public async Task What_people_paste_is_read_with_no_parser_jargon(string query, string? note)
    {
        var page = await Search(("q", query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("Lexical error", page.Html);
        Assert.DoesNotContain("Encountered", page.Html);
        Assert.DoesNotContain("is not valid", page.Html);
        if (note is not null)
            Assert.Contains(page.Texts("p", "message"), m => m.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"政策解读", "已补上未闭合的引号：从引号处到检索式末尾按短语检索。")]
    [InlineData("政策 and 解读", "已把“and”当作运算符 AND；要检索这个词本身，请加引号（\"and\"）。")]
    [InlineData("政策 OR", "已去掉 OR：它在检索式末尾，没有连接任何词。")]
    public async Task A_note_is_in_chinese_by_default(string query, string note)
    {
        var page = await Page.Get(ChineseClient(), Url.Search(("q", query)));

        Assert.Contains(note, page.Texts("p", "reading-note"));
    }

    [Fact]
    public async Task A_query_refused_says_why_in_chinese_by_default()
    {
        var page = await Page.Get(ChineseClient(), Url.Search(("q", "colour:red")));

        Assert.Contains(page.Texts("p", "message"), m => m.StartsWith("无法读取检索式“colour:red”：没有“colour”这个字段。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relaxed_long_term_is_noted_in_chinese_with_its_words()
    {
        var page = await Page.Get(ChineseClient(), Url.Search(("q", "解读材料同步发布")));

        var note = Assert.Single(page.Texts("p", "reading-note"));
        Assert.Matches("^只有 \\d+ 条含有“解读材料同步发布”（解读 材料 同步 发布）或其变体的全部词语；", note);
    }

    [Fact]
    public async Task A_relaxed_long_term_is_noted_in_english_on_request()
    {
        var page = await Search(("q", "解读材料同步发布"));

        var note = Assert.Single(page.Texts("p", "reading-note"));
        Assert.Matches("^Only \\d+ requirements? holds? every word of “解读材料同步发布” \\(解读 材料 同步 发布\\) or of a variant;", note);
    }

    private HttpClient ChineseClient()
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return client;
    }

    [Fact]
    public async Task Lowercase_and_does_not_silently_find_nothing()
    {
        var page = await Search(("q", "政策 and 解读"));

        Assert.True(page.Count("card") > 0);
    }

    [Fact]
    public async Task A_place_name_finds_the_places_plan_and_offers_the_filter()
    {
        var page = await Search(("q", "江门"));

        Assert.Equal(20, page.Count("card"));
        Assert.Contains(page.Texts("p", "message"), m => m.Contains("jurisdiction:江门", StringComparison.Ordinal) && m.Contains("江门市政府投资工程建设管理中心", StringComparison.Ordinal));
        Assert.True(page.HasLink("/?jurisdiction=%E6%B1%9F%E9%97%A8"));
    }

    [Fact]
    public async Task A_place_and_a_word_find_the_word_in_that_place()
    {
        var page = await Search(("q", "江门 解读"));

        Assert.InRange(page.Count("card"), 1, 20);
        Assert.Contains("jiangmen-zftzgcjsglzx-2022-7", page.Html);
        Assert.DoesNotContain("heyuan-2022-26", page.Html);
    }

    [Fact]
    public async Task A_requirement_id_finds_the_requirement()
    {
        var page = await Search(("q", "heyuan-2022-26"));

        Assert.Equal(1, page.Count("card"));
        Assert.Contains("hit-heyuan-2022-26", page.Html);
    }

    [Fact]
    public async Task A_typo_that_finds_nothing_offers_the_indexs_own_words()
    {
        var page = await Search(("q", "政策解毒"));

        Assert.Equal(0, page.Count("card"));
        Assert.Contains(page.Texts("p", "message"), m => m.Contains("政策解读", StringComparison.Ordinal));
        Assert.True(page.HasLink("/?q=%E6%94%BF%E7%AD%96%E8%A7%A3%E8%AF%BB"));
    }

    [Fact]
    public async Task Variants_are_said_as_also_searched()
    {
        var page = await Search(("q", "年报"));

        var also = Assert.Single(page.Texts("p", "also-searched"));
        Assert.Contains("年度 报告", also);
    }

    [Fact]
    public async Task A_criteria_only_match_shows_the_text_then_the_criteria_labelled()
    {
        var page = await Search(("q", "关联公开"));

        Assert.Contains("class=\"snippet from-criteria\"", page.Html);
        Assert.Contains("<span class=\"snippet-source\">评价标准：</span>", page.Html);
    }

    [Fact]
    public async Task The_judging_sheet_lists_the_best_results_by_id_with_a_blank_grade_and_reads_back()
    {
        var client = site.CreateClient();
        using var response = await client.GetAsync("/search/judging.csv?q=" + Uri.EscapeDataString("年报"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("query,requirement,jurisdiction,year,number,text,criteria,grade", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",", l));
        var ids = lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.DoesNotContain("score", lines[0], StringComparison.Ordinal);

        // Graded, it is judgements eval-search reads.
        var graded = string.Join("\r\n", [lines[0], .. lines.Skip(1).Select(l => l + "2")]);
        var judgements = SearchJudgements.Parse(graded, "sheet.csv", ',');
        Assert.Equal(ids.Count, judgements.GradesOf("年报").Count);
    }

    [Fact]
    public async Task The_page_links_the_judging_sheet_of_its_search()
    {
        var page = await Search(("q", "年报"));

        Assert.True(page.HasLink("/search/judging.csv?q=%E5%B9%B4%E6%8A%A5"));
    }

    [Fact]
    public async Task A_judging_sheet_without_a_query_is_a_bad_request()
    {
        using var response = await site.CreateClient().GetAsync("/search/judging.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_api_says_how_it_read_the_query()
    {
        var json = System.Text.Json.JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("政策解毒"))).RootElement;

        Assert.Equal("政策解读", json.GetProperty("didYouMean").GetString());
        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }
}
