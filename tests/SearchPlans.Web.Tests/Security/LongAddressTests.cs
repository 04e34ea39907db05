using System.Net;
using SearchPlans.Tests.Web.Browser;

namespace SearchPlans.Tests.Web.Security;

/// <summary>
/// A pasted paragraph in the address reaches the search page, which refuses it with the same message as any long
/// query; on the real server (Kestrel limits the request line; the in-memory test server does not).
/// </summary>
public sealed class LongAddressTests : IAsyncLifetime
{
    private readonly KestrelSite site = new();

    public Task InitializeAsync() => site.StartAsync();

    public Task DisposeAsync() => site.DisposeAsync().AsTask();

    [Theory]
    [InlineData(800)]
    [InlineData(2400)]
    public async Task A_long_chinese_query_gets_the_friendly_message_not_a_blank_414(int length)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var query = string.Concat(Enumerable.Repeat("政务公开", length / 4));

        using var response = await client.GetAsync(site.At("/?q=" + Uri.EscapeDataString(query)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"The query is {length} characters long; the limit is 500.", html);
    }
}
