using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>Requirements are named by their printed numbering or their section, never by their id.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class RequirementLabelTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task An_unnumbered_prose_requirement_is_titled_by_its_sections_printed_numbering_and_place()
    {
        var page = await Get("/requirements/qingyuan-2022-1.3.2");

        var title = Title().Match(page.Html).Groups[1].Value;
        Assert.Contains("一（三）2", title);
        Assert.DoesNotContain("qingyuan-2022-1.3.2", title);
        Assert.Contains("一（三）2", H1().Match(page.Html).Groups[1].Value);
    }

    [Fact]
    public async Task A_numbered_requirement_keeps_its_printed_number()
    {
        var page = await Get("/requirements/heyuan-2022-26");

        Assert.Contains("item 26", H1().Match(page.Html).Groups[1].Value);
    }

    [Fact]
    public async Task Search_cards_of_a_prose_plan_show_a_section_label_not_a_dash()
    {
        var page = await Get(Url.Search(("jurisdiction", "庆元")));

        var numbers = page.Texts("span", "num");
        Assert.Equal(page.Count("card"), numbers.Count);
        Assert.All(numbers, n => Assert.Matches("^[一二三四五六七八九十]+（[一二三四五六七八九十]+）\\d*$", n));
    }

    [Fact]
    public async Task The_plan_page_prints_each_requirement_id_once()
    {
        var page = await Get("/plans/qingyuan-2022");

        Assert.Single(Regex.Matches(page.Html, ">qingyuan-2022-1\\.3\\.2<"));
        Assert.Contains("一（三）2", page.Texts("a", "num"));
    }

    [Fact]
    public async Task The_comparison_names_prose_requirements_by_section()
    {
        var page = await Get("/compare?a=qingyuan-2022&b=zhanjiang-2021");

        Assert.DoesNotContain(">qingyuan-2022-", page.Html);
        Assert.Contains("一（三）2", page.Texts("a", "num"));
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
