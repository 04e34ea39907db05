using System.Text.RegularExpressions;
using SearchPlans.Index;
using SearchPlans.Units;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>The unit facet names the units of /units and counts what clicking it returns.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class UnitFacetTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    private UnitDirectory Units => UnitClusterer.Cluster(CorpusStore.Load(site.IndexPath));

    [Theory]
    [InlineData("政策解读", "2022")]
    [InlineData("公开", "")]
    [InlineData("", "2021")]
    public async Task Each_unit_facet_value_is_one_unit_of_the_units_page_and_counts_what_its_link_returns(string query, string year)
    {
        var page = await Get(Url.Search(("q", query), ("year", year)));
        var values = UnitFacetValues(page);
        Assert.NotEmpty(values);
        var units = Units;

        Assert.Equal(values.Count, values.Select(v => units.Find(v.Name)!.Name).Distinct().Count());
        foreach (var (name, count, url) in values)
        {
            Assert.Equal(name, units.Find(name)?.Name);
            var filtered = await Get(url);
            Assert.Equal(count, Total(filtered));
        }
    }

    [Fact]
    public async Task Brackets_of_either_width_are_one_facet_value()
    {
        var values = UnitFacetValues(await Get(Url.Search(("q", "政策解读"), ("year", "2022"))));

        Assert.Single(values, v => v.Name.Replace('(', '（').Replace(')', '）') == "各县（区）人民政府（管委会）");
    }

    [Theory]
    [InlineData("市府办公室", "市政府办公室")]
    [InlineData("市政数局", "市政务服务数据管理局")]
    public async Task A_spelling_filter_finds_every_requirement_of_its_unit_as_the_units_page_counts_them(string spelling, string fullName)
    {
        var unit = Units.Find(spelling)!;
        Assert.Equal(fullName, unit.Name);

        var bySpelling = await Get(Url.Search(("unit", spelling)));
        var byName = await Get(Url.Search(("unit", fullName)));

        Assert.Equal(unit.RequirementCount, Total(bySpelling));
        Assert.Equal(unit.RequirementCount, Total(byName));
        Assert.Contains($"<strong>{unit.Name}</strong>", bySpelling.Html);
    }

    private static List<(string Name, int Count, string Url)> UnitFacetValues(Page page)
    {
        var unitFacet = page.Html[page.Html.IndexOf("data-facet=\"unit\"", StringComparison.Ordinal)..];
        unitFacet = unitFacet[..unitFacet.IndexOf("</section>", StringComparison.Ordinal)];
        return [.. FacetValue().Matches(unitFacet).Select(m =>
            (System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture),
                System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))];
    }

    private static int Total(Page page) => page.SearchTotal();

    [GeneratedRegex("<li><a href=\"([^\"]+)\" rel=\"nofollow\">([^<]+)</a> <span class=\"count\">(\\d+)</span></li>")]
    private static partial Regex FacetValue();
}
