using OpenQA.Selenium;

namespace SearchPlans.Tests.Web.Browser;

/// <summary>Tables and columns at a desktop's 1400 px and a phone's 400 px: no header or number broken, nothing cut off.</summary>
public sealed class LayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public static TheoryData<int> Widths => [1400, 400];

    private OpenQA.Selenium.Chrome.ChromeDriver Driver => session.Chromium.Driver;

    private void Open(string path, int width)
    {
        session.Chromium.Resize(width, 900);
        Driver.Navigate().GoToUrl(session.Site.At(path));
    }

    private double Number(string script, params object[] arguments) =>
        Convert.ToDouble(Driver.ExecuteScript(script, arguments), System.Globalization.CultureInfo.InvariantCulture);

    // An element's text on one line: its height is one line box (the line height), not two.
    private bool OnOneLine(IWebElement element) =>
        Number("const s = getComputedStyle(arguments[0]); const r = document.createRange(); r.selectNodeContents(arguments[0]);"
            + "return r.getClientRects().length === 0 ? 1 : new Set([...r.getClientRects()].map(c => Math.round(c.top))).size;", element) == 1;

    private void NoPageScrollSideways(string path) =>
        Assert.True(Number("return document.documentElement.scrollWidth;") <= Number("return document.documentElement.clientWidth;"),
            $"{path} scrolls sideways");

    [Theory]
    [MemberData(nameof(Widths))]
    public void The_plans_list_keeps_headers_years_and_numbers_whole_and_titles_readable(int width)
    {
        Open("/plans", width);
        session.Chromium.Screenshot($"plans-{width}");

        var headers = Driver.FindElements(By.CssSelector("table.list th"));
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.True(OnOneLine(h), $"header \"{h.Text}\" breaks at {width} px"));
        Assert.All(Driver.FindElements(By.CssSelector("table.list td.year, table.list td.n")), c => Assert.True(OnOneLine(c), $"\"{c.Text}\" breaks"));
        Assert.All(Driver.FindElements(By.CssSelector("table.list td.title")), c => Assert.True(c.Size.Width >= 150, $"a title column {c.Size.Width} px wide"));
        NoPageScrollSideways("/plans");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void The_units_list_keeps_its_headers_whole(int width)
    {
        Open("/units", width);
        session.Chromium.Screenshot($"units-{width}");

        var headers = Driver.FindElements(By.CssSelector("table.units th[scope=col]"));
        Assert.NotEmpty(headers);
        Assert.All(headers, h => Assert.True(OnOneLine(h), $"header \"{h.Text}\" breaks at {width} px"));
        NoPageScrollSideways("/units");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Every_variant_column_is_in_view(int width)
    {
        Open("/variants/heyuan-2022-26", width);
        session.Chromium.Screenshot($"variants-{width}");

        var columns = Driver.FindElements(By.CssSelector("section.column"));
        Assert.True(columns.Count >= 4);
        var viewport = Number("return document.documentElement.clientWidth;");
        Assert.All(columns, c => Assert.True(c.Location.X + c.Size.Width <= viewport, $"a column ends at {c.Location.X + c.Size.Width} px of {viewport}"));
        NoPageScrollSideways("/variants/heyuan-2022-26");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void The_review_forms_text_boxes_are_styled_like_the_rest(int width)
    {
        Open("/review", width);
        session.Chromium.Screenshot($"review-{width}");

        var note = Driver.FindElement(By.CssSelector("form.judge input[name=note]"));
        Assert.Equal("6px", note.GetCssValue("border-top-left-radius"));
        Assert.Equal(Driver.FindElement(By.CssSelector("form.judge select")).GetCssValue("font-family"), note.GetCssValue("font-family"));
        NoPageScrollSideways("/review");
    }
}
