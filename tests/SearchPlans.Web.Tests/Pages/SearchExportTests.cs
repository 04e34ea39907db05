using System.Net;
using System.Text;
using System.Text.Json;

namespace SearchPlans.Tests.Web.Pages;

[Collection(SeedSiteCollection.Name)]
public sealed class SearchExportTests(SeedSite site)
{
    [Fact]
    public async Task Csv_export_has_the_cli_columns_and_every_match_not_only_the_first_page()
    {
        using var response = await site.CreateClient().GetAsync("/search/export.csv?q=" + Uri.EscapeDataString("公开"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var total = await Total("公开");

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id,doc,jurisdiction,year,number,score,text,snippet", lines[0]);
        Assert.True(total > 20);
        Assert.Equal(total + 1, lines.Length);
    }

    [Fact]
    public async Task Json_export_has_the_cli_fields_and_every_match()
    {
        var json = await Json("/search/export.json?q=" + Uri.EscapeDataString("公开") + "&year=2022");
        var first = json.GetProperty("hits")[0];

        Assert.Equal(["total", "hits", "facets", "notes", "alsoSearched", "didYouMean", "jurisdictionHints"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "doc", "jurisdiction", "year", "number", "score", "text", "snippet", "snippetFrom"], first.EnumerateObject().Select(p => p.Name));
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

    private async Task<int> Total(string query) =>
        (await Json("/search/export.json?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    private async Task<JsonElement> Json(string url)
    {
        var text = await site.CreateClient().GetStringAsync(url);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
