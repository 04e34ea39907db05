using System.Net;
using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Pages;

public sealed partial class MatrixPageTests(SeedSite site) : IClassFixture<SeedSite>
{
    [GeneratedRegex("<th scope=\"row\" class=\"topic\">\\s*<a href=\"/requirements/")]
    private static partial Regex TopicRow();

    private async Task<(HttpStatusCode Status, string Html)> Get(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Matrix_ShowsClustersAgainstPlansWithClickableCellsAndGaps()
    {
        var (status, html) = await Get("/matrix");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<table class=\"matrix\">", html);
        Assert.Contains("href=\"/plans/heyuan-2022\"", html);
        Assert.Contains("<td class=\"cell carried heat-4\"", html);
        Assert.Contains("<a href=\"/requirements/heyuan-2022-47\">47</a>", html);
        Assert.Contains("<td class=\"cell gap\"", html);
    }

    [Fact]
    public async Task Matrix_MinOne_AddsRowsForRequirementsNoOtherPlanCarries()
    {
        var rowsByDefault = TopicRow().Count((await Get("/matrix")).Html);
        var rowsWithSingles = TopicRow().Count((await Get("/matrix?min=1")).Html);

        Assert.True(rowsWithSingles > rowsByDefault, $"{rowsWithSingles} rows with min=1, {rowsByDefault} by default");
    }

    [Theory]
    [InlineData("/matrix?min=abc")]
    [InlineData("/matrix?min=0")]
    [InlineData("/matrix?min=99")]
    public async Task Matrix_BadMinimum_ShowsTheDefaultView(string url)
    {
        var (status, html) = await Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TopicRow().Count((await Get("/matrix")).Html), TopicRow().Count(html));
        Assert.Contains("<option value=\"2\" selected=\"selected\">", html);
    }

    [GeneratedRegex("<th scope=\"col\" class=\"plan\"><a href=\"/plans/([^\"]+)\"")]
    private static partial Regex PlanColumn();

    [Fact]
    public async Task Matrix_Group_ShowsThatProvinceYearsPlansAsTheOnlyColumns()
    {
        var (status, html) = await Get("/matrix?group=" + Uri.EscapeDataString("广东省-2022"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["heyuan-2022", "jiangmen-zftzgcjsglzx-2022"], PlanColumn().Matches(html).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Contains("selected=\"selected\">广东省 2022 (2)</option>", html);
    }

    [Fact]
    public async Task Matrix_ByDefault_ShowsEveryPlanOfASmallIndex()
    {
        var (_, html) = await Get("/matrix");

        Assert.Equal(5, PlanColumn().Matches(html).Count);
    }

    [Fact]
    public async Task Matrix_UnknownGroup_SaysSoAndShowsTheFirstGroup()
    {
        var (status, html) = await Get("/matrix?group=nowhere-2022");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No group &quot;nowhere-2022&quot; in this index", html);
        Assert.Equal(5, PlanColumn().Matches(html).Count);
    }
}
