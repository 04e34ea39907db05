using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>A facet takes several values (any of them will do), keeps its other values on offer, and folds the long tail under "more".</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class FacetSelectionTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task Two_jurisdictions_find_the_requirements_of_either()
    {
        var heyuan = Total(await Get(Url.Search(("q", "公开"), ("jurisdiction", "河源市"))));
        var zhanjiang = Total(await Get(Url.Search(("q", "公开"), ("jurisdiction", "湛江市"))));

        var both = await Get(Url.Search(("q", "公开"), ("jurisdiction", "河源市"), ("jurisdiction", "湛江市")));

        Assert.True(heyuan > 0 && zhanjiang > 0);
        Assert.Equal(heyuan + zhanjiang, Total(both));
        Assert.Equal(2, Regex.Matches(both.Html, "name=\"jurisdiction\" value=\"(河源市|湛江市)\"").Count);
    }

    [Fact]
    public async Task A_chosen_value_leaves_the_facets_other_values_on_offer_each_adding_itself()
    {
        var page = await Get(Url.Search(("q", "公开"), ("jurisdiction", "河源市")));

        var facet = Section(page, "jurisdiction");
        Assert.Contains("<strong>河源市</strong>", facet);
        Assert.Contains("× remove", facet);
        var add = Regex.Match(facet, "<a href=\"([^\"]+)\" rel=\"nofollow\">湛江市</a>").Groups[1].Value;
        Assert.Equal("/?q=%E5%85%AC%E5%BC%80&jurisdiction=%E6%B2%B3%E6%BA%90%E5%B8%82&jurisdiction=%E6%B9%9B%E6%B1%9F%E5%B8%82",
            System.Net.WebUtility.HtmlDecode(add));
    }

    [Fact]
    public async Task The_api_takes_several_values_of_a_filter()
    {
        var both = await site.CreateClient().GetStringAsync("/api/search?year=2019&year=2021&limit=0");
        var one = await site.CreateClient().GetStringAsync("/api/search?year=2019&limit=0");

        Assert.NotEqual(Json(one), Json(both));
        Assert.Equal(104, Json(both));
    }

    [Fact]
    public async Task The_unit_facet_folds_values_past_the_first_thirty_under_more()
    {
        var page = await Get(Url.Search(("q", "*")));

        var facet = Section(page, "unit");
        var shown = Regex.Matches(facet[..facet.IndexOf("<details", StringComparison.Ordinal)], "<li><a ").Count;
        var more = Regex.Match(facet, "<summary>(\\d+) more</summary>").Groups[1].Value;
        Assert.Equal(30, shown);
        Assert.True(int.Parse(more, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(int.Parse(more, System.Globalization.CultureInfo.InvariantCulture), Regex.Matches(facet[facet.IndexOf("<details", StringComparison.Ordinal)..], "<li><a ").Count);
    }

    private static int Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("total").GetInt32();

    private static string Section(Page page, string facet)
    {
        var start = page.Html.IndexOf($"data-facet=\"{facet}\"", StringComparison.Ordinal);
        return page.Html[start..page.Html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static int Total(Page page) => page.SearchTotal();
}
