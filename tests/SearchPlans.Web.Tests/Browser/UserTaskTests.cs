using System.Globalization;
using System.Net;
using System.Text;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace SearchPlans.Tests.Web.Browser;

/// <summary>The three users' tasks end to end in the real pages: a researcher, a comparer, a reviewer.</summary>
public sealed class UserTaskTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private HeadlessChromium Chromium => session.Chromium;

    private OpenQA.Selenium.Chrome.ChromeDriver Driver => Chromium.Driver;

    private void Open(string path)
    {
        Chromium.Resize(1400, 900);
        Driver.Navigate().GoToUrl(session.Site.At(path));
    }

    private void WaitFor(Func<IWebDriver, bool> condition) => new WebDriverWait(Driver, TimeSpan.FromSeconds(15)).Until(condition);

    private IWebElement One(string css) => Driver.FindElement(By.CssSelector(css));

    private IReadOnlyCollection<IWebElement> All(string css) => Driver.FindElements(By.CssSelector(css));

    private static int Count(string text) => int.Parse(new string([.. text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_researcher_searches_narrows_by_year_and_exports_what_the_page_shows()
    {
        Open("/");
        One("input[name=q]").SendKeys("政策解读");
        One("form[role=search] button[type=submit]").Click();
        WaitFor(d => d.FindElements(By.CssSelector("article.card")).Count > 0);
        var everyYear = Count(One(".result-bar p").Text);

        One("section.facet[data-facet=year] a[href*='year=2022']").Click();
        WaitFor(d => d.Url.Contains("year=2022", StringComparison.Ordinal));
        var in2022 = Count(One(".result-bar p").Text);
        Chromium.Screenshot("task-researcher");

        Assert.InRange(in2022, 1, everyYear - 1);
        Assert.All(All("article.card a.plan"), plan => Assert.Contains("2022", plan.Text));
        // The export link is the page's own search: fetched as the browser would, it holds exactly the matches counted.
        var export = One(".exports a[href*='export.csv']").GetAttribute("href")!;
        Assert.Contains("year=2022", export);
        using var client = new HttpClient();
        using var response = await client.GetAsync(export);
        var rows = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(in2022 + 1, rows.Length);
        Assert.StartsWith("searchplans-政策解读-2022", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public void A_comparison_of_jiangmen_and_heyuan_read_both_ways_has_the_same_only_in_counts()
    {
        Open("/compare");
        One("select[name=a] option[value='jiangmen-zftzgcjsglzx-2022']").Click();
        One("select[name=b] option[value='heyuan-2022']").Click();
        One("form.pickers button[type=submit]").Click();
        WaitFor(d => d.FindElements(By.CssSelector("table.aligned tbody tr")).Count > 0);
        var forward = OnlyIn();
        Chromium.Screenshot("task-compare");

        // The pickers kept both choices, so swapping them is a matter of two picks.
        Assert.Equal("jiangmen-zftzgcjsglzx-2022", One("select[name=a]").GetDomProperty("value"));
        Assert.Equal("heyuan-2022", One("select[name=b]").GetDomProperty("value"));
        One("select[name=a] option[value='heyuan-2022']").Click();
        One("select[name=b] option[value='jiangmen-zftzgcjsglzx-2022']").Click();
        One("form.pickers button[type=submit]").Click();
        WaitFor(d => d.Url.Contains("a=heyuan-2022", StringComparison.Ordinal));
        var backward = OnlyIn();
        Chromium.Screenshot("task-compare-swapped");

        Assert.Equal((forward.A, forward.B), (backward.B, backward.A));
        Assert.Equal((forward.ListA, forward.ListB), (backward.ListB, backward.ListA));
        Assert.Equal((forward.A, forward.B), (forward.ListA, forward.ListB));
    }

    // The summary's only-in figures (the 4th and 6th, as ComparisonLabels orders them) and the two lists' lengths.
    private (int A, int B, int ListA, int ListB) OnlyIn()
    {
        var figures = All("dl.summary dd").Select(d => d.Text).ToList();
        var lists = All("section.only").Select(s => s.FindElements(By.CssSelector("ol > li")).Count).ToList();
        var headings = All("section.only h2").Select(h => h.Text).ToList();
        int ListOf(string side) => headings.FindIndex(h => h.StartsWith("仅见于" + side, StringComparison.Ordinal)) is var i and >= 0 ? lists[i] : 0;
        return (Count(figures[3]), Count(figures[5]), ListOf("A"), ListOf("B"));
    }

    [Fact]
    public void A_reviewer_confirms_rejects_and_undoes_a_link()
    {
        Open("/review?doc=zhanjiang-2021&sort=weakest");
        var first = All("article.review-link").First();
        var anchor = first.GetAttribute("id")!;
        first.FindElement(By.CssSelector("input[name=reviewer]")).SendKeys("张");
        first.FindElement(By.CssSelector("button.confirm")).Click();
        WaitFor(d => d.Url.Contains("saved=", StringComparison.Ordinal));
        Assert.Contains("已确认", One($"article[id='{anchor}'] .judgement").Text);
        // The name typed once fills the next form.
        Assert.Equal("张", One($"article[id='{anchor}'] input[name=reviewer]").GetAttribute("value"));

        One($"article[id='{anchor}'] button.reject").Click();
        WaitFor(d => d.FindElements(By.CssSelector($"article[id='{anchor}'] .judgement.verdict-rejected")).Count == 1);
        Chromium.Screenshot("task-review-rejected");

        One($"article[id='{anchor}'] form.undo button").Click();
        WaitFor(d => d.Url.Contains("undone=true", StringComparison.Ordinal));
        Assert.Contains("已确认", One($"article[id='{anchor}'] .judgement").Text);
        One($"article[id='{anchor}'] form.undo button").Click();
        WaitFor(d => d.FindElements(By.CssSelector($"article[id='{anchor}'] .judgement")).Count == 0);
        Chromium.Screenshot("task-review-undone");
    }
}
