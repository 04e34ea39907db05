using System.Net;
using System.Text.Json;

namespace SearchPlans.Tests.Web.Api;

/// <summary>The API answers with the CLI's JSON field names (README: "The JSON field names are a contract").</summary>
[Collection(SeedSiteCollection.Name)]
public sealed class ApiTests(SeedSite site)
{
    private async Task<(HttpStatusCode Status, JsonElement Json, string? ContentType)> Get(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Status_names_the_generation_its_counts_and_the_servers_memory()
    {
        var (_, json, _) = await Get("/api/status");

        Assert.Equal(["generation", "openedAt", "plans", "requirements", "links", "managedHeapBytes", "workingSetBytes"], Names(json));
        Assert.Equal((5, 219), (json.GetProperty("plans").GetInt32(), json.GetProperty("requirements").GetInt32()));
        Assert.True(json.GetProperty("workingSetBytes").GetInt64() >= json.GetProperty("managedHeapBytes").GetInt64());
    }

    [Fact]
    public async Task Search_has_the_cli_search_fields_and_facets()
    {
        var (status, json, type) = await Get("/api/search?q=" + Uri.EscapeDataString("三同步"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Equal(["total", "hits", "facets", "notes", "alsoSearched", "didYouMean", "jurisdictionHints"], Names(json));
        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal(["id", "doc", "jurisdiction", "year", "number", "score", "text", "snippet", "snippetFrom"], Names(json.GetProperty("hits")[0]));
        Assert.Equal(["jurisdiction", "year", "level", "unit"], Names(json.GetProperty("facets")));
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("【三同步】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_takes_the_filters_limit_offset_and_sort()
    {
        var (_, all, _) = await Get("/api/search?q=" + Uri.EscapeDataString("公开") + "&year=2022&sort=newest&limit=100");
        var (_, page, _) = await Get("/api/search?q=" + Uri.EscapeDataString("公开") + "&year=2022&sort=newest&limit=2&offset=2");

        Assert.All(all.GetProperty("hits").EnumerateArray(), h => Assert.Equal(2022, h.GetProperty("year").GetInt32()));
        Assert.Equal(2, page.GetProperty("hits").GetArrayLength());
        Assert.Equal(
            all.GetProperty("hits").EnumerateArray().Skip(2).Take(2).Select(h => h.GetProperty("id").GetString()),
            page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("q=" + "%2F%5B%2F", "could not be read")]
    [InlineData("q=a&limit=-1", "limit must be a whole number")]
    [InlineData("q=a&limit=5000", "limit must be a whole number")]
    [InlineData("q=a&offset=x", "offset must be a whole number")]
    [InlineData("q=a&year=soon", "is not a number")]
    [InlineData("q=a&level=town", "There is no level")]
    public async Task Search_with_a_bad_parameter_is_a_400_with_the_reason(string query, string reason)
    {
        var (status, json, _) = await Get("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Plans_have_the_cli_docs_fields()
    {
        var (_, json, _) = await Get("/api/plans");

        Assert.Equal(5, json.GetArrayLength());
        Assert.Equal(["id", "title", "jurisdiction", "level", "province", "city", "county", "year", "docNumber", "issuer", "issued", "requirementCount", "source", "attachments"], Names(json[0]));
        var qingyuan = json.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "qingyuan-2022");
        Assert.Equal("庆政办发〔2022〕37号", qingyuan.GetProperty("docNumber").GetString());
        Assert.Equal("2022-06-13", qingyuan.GetProperty("issued").GetString());
    }

    [Fact]
    public async Task A_plan_has_the_docs_fields_and_its_requirements_with_the_requirements_fields()
    {
        var (_, json, _) = await Get("/api/plans/heyuan-2022");

        Assert.Equal(["id", "title", "jurisdiction", "level", "province", "city", "county", "year", "docNumber", "issuer", "issued", "requirementCount", "source", "attachments", "requirements"], Names(json));
        Assert.Equal(54, json.GetProperty("requirements").GetArrayLength());
        Assert.Equal(["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria"], Names(json.GetProperty("requirements")[0]));
    }

    [Fact]
    public async Task A_requirement_has_the_requirements_fields_and_its_counterparts_with_the_similar_fields()
    {
        var (_, json, _) = await Get("/api/requirements/heyuan-2022-47");
        var best = json.GetProperty("counterparts")[0];

        Assert.Equal(["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria", "counterparts", "weaker"], Names(json));
        Assert.Equal(["id", "doc", "jurisdiction", "year", "number", "score", "kind", "relation", "text", "evidence", "confidence"], Names(best));
        Assert.Equal("zhanjiang-2021-45", best.GetProperty("id").GetString());
        Assert.Equal("identical", best.GetProperty("relation").GetString());
    }

    // 河源 26 (the “三同步” reading mechanism) is linked to 湛江 17 (policy enquiries) by wording alone (精准传递政策意图).
    [Fact]
    public async Task A_requirements_doubtful_counterparts_are_listed_apart_as_weaker_never_among_its_counterparts()
    {
        var (_, json, _) = await Get("/api/requirements/heyuan-2022-26");

        Assert.All(json.GetProperty("counterparts").EnumerateArray(), c => Assert.Equal("confident", c.GetProperty("confidence").GetString()));
        Assert.All(json.GetProperty("weaker").EnumerateArray(), c => Assert.Equal("doubtful", c.GetProperty("confidence").GetString()));
        Assert.Contains("zhanjiang-2021-17", json.GetProperty("weaker").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Compare_writes_the_cli_comparison_json()
    {
        var (_, json, type) = await Get("/api/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022");

        Assert.Equal("application/json", type);
        Assert.Equal(["planA", "planB", "rows", "onlyInA", "withoutEquivalentInB", "onlyInB", "summary"], Names(json));
        Assert.Equal(30, json.GetProperty("rows").GetArrayLength());
        Assert.Equal(
            ["jiangmen-zftzgcjsglzx-2022-18", "jiangmen-zftzgcjsglzx-2022-21", "jiangmen-zftzgcjsglzx-2022-25", "jiangmen-zftzgcjsglzx-2022-30"],
            json.GetProperty("withoutEquivalentInB").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("jiangmen-zftzgcjsglzx-2022", "heyuan-2022", 4, 28)]
    [InlineData("heyuan-2022", "jiangmen-zftzgcjsglzx-2022", 28, 4)]
    public async Task Compare_counts_only_in_a_and_b_as_its_lists_do_either_way_round(string a, string b, int onlyInA, int onlyInB)
    {
        var (_, json, _) = await Get($"/api/compare?a={a}&b={b}");
        var summary = json.GetProperty("summary");

        Assert.Equal((onlyInA, onlyInB), (summary.GetProperty("onlyInA").GetInt32(), summary.GetProperty("onlyInB").GetInt32()));
        Assert.Equal((onlyInA, onlyInA, onlyInB), (
            json.GetProperty("onlyInA").GetArrayLength(),
            json.GetProperty("withoutEquivalentInB").GetArrayLength(),
            json.GetProperty("onlyInB").GetArrayLength()));
    }

    [Theory]
    [InlineData("/api/plans/nowhere-2022", HttpStatusCode.NotFound)]
    [InlineData("/api/requirements/heyuan-2022-999", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?a=nowhere-2022&b=heyuan-2022", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?a=heyuan-2022", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?a=heyuan-2022&b=heyuan-2022", HttpStatusCode.BadRequest)]
    public async Task Unknown_ids_and_missing_parameters_answer_with_a_json_error(string url, HttpStatusCode expected)
    {
        var (status, json, type) = await Get(url);

        Assert.Equal(expected, status);
        Assert.Equal("application/json", type);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Chinese_is_written_as_is_rather_than_escaped()
    {
        var text = await site.CreateClient().GetStringAsync("/api/plans");

        Assert.Contains("河源市", text);
        Assert.DoesNotContain("\\u6CB3", text, StringComparison.OrdinalIgnoreCase);
    }
}
