using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace SearchPlans.Tests.Web.Browser;

/// <summary>The real pages in headless Chromium: search, click through to a requirement, open a comparison.</summary>
public sealed class BrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private HeadlessChromium Chromium => session.Chromium;

    private OpenQA.Selenium.Chrome.ChromeDriver Driver => session.Chromium.Driver;

    private double Number(string script) =>
        Convert.ToDouble(Driver.ExecuteScript(script), System.Globalization.CultureInfo.InvariantCulture);

    private void Open(string path)
    {
        Chromium.Resize(1280, 900);
        Driver.Navigate().GoToUrl(session.Site.At(path));
    }

    private void WaitFor(Func<IWebDriver, bool> condition) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(15)).Until(condition);

    private IReadOnlyCollection<IWebElement> All(string css) => Driver.FindElements(By.CssSelector(css));

    private IWebElement One(string css) => Driver.FindElement(By.CssSelector(css));

    [Fact]
    public void Searching_then_clicking_a_hit_opens_its_requirement_page()
    {
        Open("/");
        One("input[name=q]").SendKeys("三同步");
        One("form[role=search] button[type=submit]").Click();
        WaitFor(d => d.FindElements(By.CssSelector("article.card")).Count > 0);

        // Three say 三同步, then two its topic's wordings (同步研究, 同步推进).
        Assert.Equal(5, All("article.card").Count);
        Assert.Contains("<mark>", One("article.card .snippet").GetAttribute("innerHTML"));
        Assert.Contains(All("article.card .snippet"), s => (s.GetAttribute("innerHTML") ?? "").Contains("<mark>三同步</mark>", StringComparison.Ordinal));
        Assert.True(new FileInfo(Chromium.Screenshot("search")).Length > 10_000);

        var hit = All("article.card a.rid").First();
        var id = hit.Text;
        hit.Click();
        WaitFor(d => d.Url.Contains("/requirements/", StringComparison.Ordinal));

        Assert.EndsWith("/requirements/" + id, Driver.Url);
        Assert.Contains("第", One("h1").Text);
        Assert.NotEmpty(All("article.counterpart"));
        Chromium.Screenshot("requirement");
    }

    [Fact]
    public void A_facet_link_narrows_the_results()
    {
        Open("/?q=" + Uri.EscapeDataString("公开"));
        var before = One(".result-bar p").Text;
        All(".facet a").First(a => a.Text.Contains("市级", StringComparison.Ordinal)).Click();
        WaitFor(d => d.Url.Contains("level=city", StringComparison.Ordinal));

        Assert.NotEqual(before, One(".result-bar p").Text);
        Assert.Contains("× 去掉", One(".facet .chosen").Text);
    }

    [Fact]
    public void Picking_two_plans_opens_their_comparison()
    {
        Open("/compare");
        One("select[name=a] option[value='jiangmen-zftzgcjsglzx-2022']").Click();
        One("select[name=b] option[value='heyuan-2022']").Click();
        One("form.pickers button[type=submit]").Click();
        WaitFor(d => d.FindElements(By.CssSelector("table.aligned tbody tr")).Count > 0);

        Assert.Contains("a=jiangmen-zftzgcjsglzx-2022", Driver.Url);
        Assert.Equal(30, All("table.aligned tbody tr").Count);
        Assert.NotEmpty(All("table.aligned ins"));
        Assert.Contains("26", One("dl.summary").Text);
        Chromium.Screenshot("compare");
    }

    [Fact]
    public void A_comparison_read_both_ways_counts_only_in_a_and_b_as_its_lists_do()
    {
        Open("/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022");

        Assert.Equal(("4", "28"), (Figure("仅见于A"), Figure("仅见于B")));
        Assert.Equal(["仅见于A：B无等同条目（4）", "仅见于B：A无等同条目（28）"], All("section.only h2").Select(h => h.Text));

        One("a[data-swap]").Click();
        WaitFor(d => d.Url.Contains("a=heyuan-2022", StringComparison.Ordinal));

        Assert.Equal(("28", "4"), (Figure("仅见于A"), Figure("仅见于B")));
        Assert.Equal(["仅见于A：B无等同条目（28）", "仅见于B：A无等同条目（4）"], All("section.only h2").Select(h => h.Text));
        Assert.Equal(28, All("section.only").First().FindElements(By.CssSelector("li")).Count);
        Chromium.Screenshot("compare-swapped");

        string Figure(string label) => All("dl.summary div").Single(d => d.FindElement(By.TagName("dt")).Text == label).FindElement(By.TagName("dd")).Text;
    }

    [Fact]
    public void The_variants_page_sets_the_counterparts_side_by_side()
    {
        Open("/requirements/jiangmen-zftzgcjsglzx-2022-7");
        One("a[data-variants]").Click();
        WaitFor(d => d.Url.Contains("/variants/", StringComparison.Ordinal));

        var columns = All("section.column").ToList();
        Assert.InRange(columns.Count, 3, 5);
        Assert.True(columns[1].Location.X > columns[0].Location.X);
        Assert.Equal(columns[0].Location.Y, columns[1].Location.Y);
        Chromium.Screenshot("variants");
    }

    [Fact]
    public void A_plan_page_jumps_to_the_requirement_its_anchor_names()
    {
        Open("/plans/heyuan-2022#heyuan-2022-26");

        Assert.True(Number("return window.scrollY;") > 0);
        Assert.Equal("heyuan-2022-26", (string?)Driver.ExecuteScript("return document.querySelector(':target').id;"));
        Chromium.Screenshot("plan");
    }

    [Theory]
    [InlineData("/?q=%E4%B8%89%E5%90%8C%E6%AD%A5", "phone-search")]
    [InlineData("/requirements/heyuan-2022-26", "phone-requirement")]
    [InlineData("/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022", "phone-compare")]
    [InlineData("/plans/conghua-2019", "phone-plan")]
    public void At_phone_width_pages_do_not_scroll_sideways(string path, string screenshot)
    {
        Driver.Navigate().GoToUrl(session.Site.At(path));
        Chromium.Resize(390, 844);
        Driver.Navigate().Refresh();

        var width = Number("return document.documentElement.scrollWidth;");
        var viewport = Number("return document.documentElement.clientWidth;");
        Chromium.Screenshot(screenshot);
        Assert.True(width <= viewport, $"{path} is {width}px wide in a {viewport}px viewport");
    }

    [Fact]
    public void Chinese_text_is_drawn_in_a_cjk_font()
    {
        Open("/plans/heyuan-2022");

        // document.fonts.check is true only when a font that covers the characters is available to draw them.
        var covered = (bool?)Driver.ExecuteScript("return document.fonts.check('16px \"Noto Sans CJK SC\"', '河源市政务公开');");
        var family = (string?)Driver.ExecuteScript("return getComputedStyle(document.body).fontFamily;");

        Assert.Contains("Noto Sans CJK SC", family);
        Assert.True(covered);
    }
}
