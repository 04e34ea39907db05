using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchPlans.Web.Security;

namespace SearchPlans.Tests.Web.Security;

public sealed class SecurityTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=三同步")]
    [InlineData("/no-such-page")]
    [InlineData("/assets/site.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/plans/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/requirements/..%2Fcorpus.msgpack")]
    [InlineData("/units/..%2F..%2F")]
    public async Task IdsThatTryToLeaveTheIndex_AreNotFound(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheServer_RefusesLargeBodiesAndRequestLines()
    {
        var kestrel = site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(RequestLimits.MaxBodyBytes, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(RequestLimits.MaxRequestLineBytes, kestrel.Limits.MaxRequestLineSize);
    }

    [Fact]
    public async Task PagesUseNoInlineScriptOrStyle()
    {
        foreach (var url in new[] { "/", "/?q=三同步", "/plans", "/plans/heyuan-2022", "/requirements/heyuan-2022-26", "/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022", "/variants/heyuan-2022-26", "/units", "/matrix", "/review" })
        {
            var html = await site.CreateClient().GetStringAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }
}

/// <summary>A site whose review database is not a database, so reading judgements fails inside a page.</summary>
public sealed class FailingPageTests : IDisposable
{
    private readonly TwoSeedPlansSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task An_error_inside_a_page_shows_the_friendly_error_page_without_internals()
    {
        File.WriteAllText(SearchPlans.Review.ReviewStore.PathFor(site.IndexPath), "not a database, just text");

        var response = await site.CreateClient().GetAsync("/review");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sqlite", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at SearchPlans.", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/plans")).StatusCode);
    }

    private sealed class TwoSeedPlansSite() : IndexedSite(Read(SeedsPath).Take(2).ToList());
}
