using System.Net;

namespace SearchPlans.Tests.Web.Pages;

public sealed class SearchPageTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task A_query_lists_the_matching_requirements_with_chinese_text_unescaped()
    {
        var html = await site.CreateClient().GetStringAsync("/?q=三同步");

        Assert.Contains("河源市", html);
        Assert.DoesNotContain("&#x6CB3;", html);
    }

    [Fact]
    public async Task A_malformed_query_gets_a_message_not_an_error_page()
    {
        var response = await site.CreateClient().GetAsync("/?q=" + Uri.EscapeDataString("\"unclosed"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"message\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404_page()
    {
        var response = await site.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }
}
