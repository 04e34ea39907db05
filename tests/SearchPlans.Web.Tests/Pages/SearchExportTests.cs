using System.Net;
using System.Text;
using System.Text.Json;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class SearchExportTests(SeedSite site)
{
    [Fact]
    public async Task Csv_export_has_the_cli_columns_with_the_cards_fields_and_every_match_not_only_the_first_page()
    {
        using var response = await site.CreateClient().GetAsync("/search/export.csv?q=" + Uri.EscapeDataString("公开"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var total = await Total("公开");

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id,doc,planTitle,jurisdiction,year,number,label,section,units,leadUnits,deadline,score,text,snippet,snippetFrom", lines[0]);
        Assert.True(total > 20);
        Assert.Equal(total + 1, lines.Length);
    }

    [Fact]
    public async Task Json_export_has_the_cli_fields_with_the_cards_fields_and_every_match()
    {
        var json = await Json("/search/export.json?q=" + Uri.EscapeDataString("公开") + "&year=2022");
        var first = json.GetProperty("hits")[0];

        Assert.Equal(["total", "hits", "facets"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "doc", "planTitle", "jurisdiction", "year", "number", "label", "section", "units", "leadUnits", "deadline", "score", "text", "snippet", "snippetFrom"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(json.GetProperty("total").GetInt32(), json.GetProperty("hits").GetArrayLength());
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Equal(2022, h.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task Export_of_a_malformed_query_is_a_bad_request_with_the_reason()
    {
        using var response = await site.CreateClient().GetAsync("/search/export.csv?q=" + Uri.EscapeDataString("/[/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be read", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/search/export.csv")]
    [InlineData("/search/judging.csv")]
    public async Task A_download_of_a_refused_query_says_why_in_the_readers_language(string address)
    {
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await client.GetAsync(address + "?q=colour:red");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("无法读取检索式“colour:red”：没有“colour”这个字段。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_rows_carry_plan_title_label_section_units_lead_units_and_deadline()
    {
        var json = await Json("/search/export.json?q=" + Uri.EscapeDataString("规划纲要") + "&jurisdiction=" + Uri.EscapeDataString("湛江市"));
        var hit = json.GetProperty("hits")[0];

        Assert.Equal("湛江市 2021 年政务公开工作要点分工方案", hit.GetProperty("planTitle").GetString());
        Assert.Equal("1", hit.GetProperty("label").GetString());
        Assert.Contains("做好各类规划主动公开", hit.GetProperty("section")[0].GetString());
        Assert.Contains("市政府办公室", hit.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("市政府办公室", hit.GetProperty("leadUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("2021 年 9 月前", hit.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Export_rows_of_a_prose_plan_are_labelled_by_section()
    {
        var json = await Json("/search/export.json?jurisdiction=" + Uri.EscapeDataString("庆元"));

        Assert.All(json.GetProperty("hits").EnumerateArray(), h =>
        {
            Assert.Equal(JsonValueKind.Null, h.GetProperty("number").ValueKind);
            Assert.Matches("^[一二三四五六七八九十]+（[一二三四五六七八九十]+）\\d*$", h.GetProperty("label").GetString());
        });
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task The_export_file_is_named_after_the_query_and_filters(string format)
    {
        using var response = await site.CreateClient().GetAsync($"/search/export.{format}?q=" + Uri.EscapeDataString("政策解读") + "&year=2022");

        Assert.Equal($"searchplans-政策解读-2022.{format}", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private async Task<int> Total(string query) =>
        (await Json("/search/export.json?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    private async Task<JsonElement> Json(string url)
    {
        var text = await site.CreateClient().GetStringAsync(url);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
