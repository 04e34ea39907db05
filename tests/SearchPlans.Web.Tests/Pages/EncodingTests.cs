using System.Net;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>Plan text holding markup and script is shown as text on every page and in every API answer.</summary>
public sealed class EncodingTests(HostileSite site) : IClassFixture<HostileSite>
{
    public static TheoryData<string> Pages => new()
    {
        "/?q=" + Uri.EscapeDataString("政策解读"),
        "/?q=" + Uri.EscapeDataString("预算"),
        "/?q=" + Uri.EscapeDataString("script"),
        "/plans",
        "/plans/" + HostileSite.ProvincePlan,
        "/plans/" + HostileSite.CityPlan,
        "/requirements/" + HostileSite.CityPlan + "-1",
        "/requirements/" + HostileSite.ProvincePlan + "-2",
        $"/compare?a={HostileSite.CityPlan}&b={HostileSite.ProvincePlan}",
        $"/compare?a={HostileSite.ProvincePlan}&b={HostileSite.CityPlan}",
        "/variants/" + HostileSite.CityPlan + "-1",
    };

    public static TheoryData<string> Answers => new()
    {
        "/api/search?q=" + Uri.EscapeDataString("政策解读"),
        "/api/plans",
        "/api/plans/" + HostileSite.CityPlan,
        "/api/requirements/" + HostileSite.CityPlan + "-1",
        $"/api/compare?a={HostileSite.CityPlan}&b={HostileSite.ProvincePlan}",
        "/search/export.json?q=" + Uri.EscapeDataString("政策解读"),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Markup_in_plan_text_is_encoded_on_every_page(string url)
    {
        var page = await Page.Get(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", page.Html);
    }

    [Fact]
    public async Task The_diff_markup_is_ours_and_the_text_inside_it_is_encoded()
    {
        var page = await Page.Get(site.CreateClient(), $"/compare?a={HostileSite.CityPlan}&b={HostileSite.ProvincePlan}");

        Assert.Contains(HostileSite.Encoded, page.Html);
        Assert.Contains("<del>", page.Html);
    }

    [Fact]
    public async Task The_highlighted_snippet_encodes_the_text_around_the_marks()
    {
        var page = await Page.Get(site.CreateClient(), "/?q=" + Uri.EscapeDataString("解读"));

        var snippets = page.Html.Split("<p class=\"snippet\">").Skip(1).Select(s => s[..s.IndexOf("</p>", StringComparison.Ordinal)]).ToList();

        Assert.NotEmpty(snippets);
        // A requirement found by its section heading alone shows its text unmarked.
        Assert.Contains(snippets, s => s.Contains("<mark>解读</mark>", StringComparison.Ordinal));
        Assert.Contains(snippets, s => s.Contains(HostileSite.Encoded, StringComparison.Ordinal));
        Assert.All(snippets, s => Assert.DoesNotContain("<script>", s));
    }

    [Fact]
    public async Task A_query_with_markup_is_echoed_encoded()
    {
        var page = await Page.Get(site.CreateClient(), "/?q=" + Uri.EscapeDataString("<b>x</b> AND ("));

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", page.Html);
        Assert.DoesNotContain("<b>x</b>", page.Html);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Markup_in_plan_text_is_escaped_in_json(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.OrdinalIgnoreCase);
    }
}
