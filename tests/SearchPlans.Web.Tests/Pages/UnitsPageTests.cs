using System.Net;

namespace SearchPlans.Tests.Web.Pages;

public sealed class UnitsPageTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task Units_ListsEachCanonicalUnitWithItsVariantSpellings()
    {
        var html = await site.CreateClient().GetStringAsync("/units");

        Assert.Contains("<a href=\"/units/" + Uri.EscapeDataString("市政务服务数据管理局") + "\">市政务服务数据管理局</a>", html);
        Assert.Contains("<li class=\"variant\">市政数局 <span class=\"count\">1</span></li>", html);
        Assert.DoesNotContain("&#x5E02;", html);
    }

    [Fact]
    public async Task Unit_ShortSpelling_ShowsTheCanonicalUnitByPlanWithLinksToRequirementsAndPlans()
    {
        var response = await site.CreateClient().GetAsync("/units/" + Uri.EscapeDataString("市政数局"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>市政务服务数据管理局</h1>", html);
        Assert.Contains("href=\"/requirements/jiangmen-zftzgcjsglzx-2022-11\"", html);
        Assert.Contains("href=\"/plans/zhanjiang-2021\"", html);
        Assert.Contains("named in the text", html);
        // Zhanjiang 2021 comes before the 2022 plans.
        Assert.True(html.IndexOf("/plans/zhanjiang-2021", StringComparison.Ordinal) < html.IndexOf("/plans/heyuan-2022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unit_UnknownName_GetsTheFriendly404Page()
    {
        var response = await site.CreateClient().GetAsync("/units/" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task Layout_LinksTheNewPages()
    {
        var html = await site.CreateClient().GetStringAsync("/units");

        Assert.Contains("<a href=\"/units\">Units</a>", html);
        Assert.Contains("<a href=\"/matrix\">Matrix</a>", html);
        Assert.Contains("<a href=\"/review\">Review</a>", html);
    }
}
