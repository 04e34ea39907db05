using System.Net;
using System.Text.RegularExpressions;

namespace SearchPlans.Tests.Web.Localization;

/// <summary>
/// Every page in Chinese by default and in English on request, with no word of the other language left outside the
/// plans' own text: each page is fetched in both, and every Chinese run on an English page (or Latin word on a
/// Chinese page) must come from the index's data (plan text, titles, units, ids), never from the interface.
/// </summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class InterfaceLanguageTests(SeedSite site)
{
    /// <summary>One address of each kind of page, with the states that print their own messages.</summary>
    public static TheoryData<string> Pages =>
    [
        "/",
        "/?q=" + Uri.EscapeDataString("政策解读") + "&year=2022",
        "/?q=" + Uri.EscapeDataString("公开") + "&jurisdiction=" + Uri.EscapeDataString("河源市") + "&page=999",
        "/?q=" + Uri.EscapeDataString("不存在的词语组合") + "&year=abc",
        // Queries the engine notes how it read: a quote closed, "and" read as AND, a colon read as text, an operator
        // left out, a long term relaxed, a correction offered.
        "/?q=" + Uri.EscapeDataString("\"政策解读"),
        "/?q=" + Uri.EscapeDataString("政策 and 解读"),
        "/?q=" + Uri.EscapeDataString("目标: (公开"),
        "/?q=" + Uri.EscapeDataString("AND 政策 OR"),
        "/?q=" + Uri.EscapeDataString("解读材料同步发布"),
        "/?q=" + Uri.EscapeDataString("政策解毒"),
        // Queries it refuses: a field that does not exist, too many wildcards.
        "/?q=colour:red",
        "/?q=" + Uri.EscapeDataString("公* 政* 解* 读* 年* 报* 计* 划* 要*"),
        "/plans",
        "/plans?sort=year&year=2022",
        "/plans/heyuan-2022",
        "/plans/qingyuan-2022",
        "/plans/zhanjiang-2021",
        "/requirements/heyuan-2022-26",
        "/requirements/qingyuan-2022-1.3.2",
        "/requirements/zhanjiang-2021-1",
        "/variants/heyuan-2022-26",
        "/compare",
        "/compare?a=heyuan-2022",
        "/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022",
        "/compare?a=qingyuan-2022&b=zhanjiang-2021",
        "/units",
        "/units/" + Uri.EscapeDataString("市政数局"),
        "/matrix",
        "/review",
        "/review?doc=jiangmen-zftzgcjsglzx-2022&sort=weakest&state=unreviewed",
        "/review/signin",
        "/nowhere",
        "/units/" + Uri.EscapeDataString("市不存在局"),
        "/plans/nowhere-2022",
        "/requirements/nowhere-2022-1",
        "/variants/nowhere-2022-1",
        "/plans?q=" + Uri.EscapeDataString("不存在的计划"),
        "/plans?sort=bogus&p=99",
        "/?q=" + Uri.EscapeDataString("公开") + "&level=bogus&sort=bogus",
        "/compare?a=nowhere-2022&b=heyuan-2022",
        "/compare?a=heyuan-2022&b=heyuan-2022",
        "/matrix?group=nowhere&min=99",
        "/review?doc=nowhere-2022&state=bogus&sort=bogus&links=bogus&p=99",
        "/review?undone=true",
    ];


    /// <summary>Review forms the page refuses, each with its own message: nothing is recorded.</summary>
    public static TheoryData<string, string> RefusedForms => new()
    {
        { "Add", "source=heyuan-2022-999&target=zhanjiang-2021-1&kind=related" },
        { "Add", "source=heyuan-2022-3&target=heyuan-2022-4&kind=related" },
        { "Judge", "source=jiangmen-zftzgcjsglzx-2022-1&target=heyuan-2022-3&verdict=" },
        { "Judge", "source=jiangmen-zftzgcjsglzx-2022-1&target=heyuan-2022-3&verdict=confirm&kind=bogus" },
        { "Undo", "id=999999" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_english_page_has_no_chinese_outside_the_plans_text(string url) =>
        AssertNoChinese(url, await Fetch(url, "en"));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_chinese_page_has_no_english_outside_the_plans_text(string url) =>
        AssertNoEnglish(url, await Fetch(url, "zh-CN"));

    [Theory]
    [MemberData(nameof(RefusedForms))]
    public async Task A_refused_review_form_is_answered_in_english_only(string handler, string fields) =>
        AssertNoChinese(fields, await PostRefused(handler, fields, "en"));

    [Theory]
    [MemberData(nameof(RefusedForms))]
    public async Task A_refused_review_form_is_answered_in_chinese_only(string handler, string fields) =>
        AssertNoEnglish(fields, await PostRefused(handler, fields, "zh-CN"));

    private void AssertNoChinese(string asked, string html)
    {
        var foreign = Text.ChineseOutsideData(html, asked);
        Assert.True(foreign.Count == 0, $"{asked} in English shows {string.Join(" | ", foreign)}");
    }

    private void AssertNoEnglish(string asked, string html)
    {
        var foreign = Text.EnglishOutsideData(html, asked);
        Assert.True(foreign.Count == 0, $"{asked} in Chinese shows {string.Join(" | ", foreign)}");
    }

    private InterfaceText Text => InterfaceText.Of(site.IndexPath);

    // The form's answer, which must carry its message (a refused form is answered with the page, not a redirect).
    private async Task<string> PostRefused(string handler, string fields, string language)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var values = fields.Split('&').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        using var response = await SearchPlans.Tests.Web.Pages.AntiforgeryForms.Post(client, "/review", "/review?handler=" + handler, values);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"message problem\"", html, StringComparison.Ordinal);
        return html;
    }

    [Fact]
    public async Task Chinese_is_the_default_and_the_page_says_so()
    {
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();

        var html = await client.GetStringAsync("/plans");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<h1>工作要点</h1>", html);
    }

    [Fact]
    public async Task The_switch_keeps_the_page_and_the_choice()
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        var page = "/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022";
        var chinese = await client.GetStringAsync(page);
        var toEnglish = WebUtility.HtmlDecode(Regex.Match(chinese, "href=\"([^\"]+)\" rel=\"nofollow\" lang=\"en\" data-language-switch").Groups[1].Value);

        using var switched = await client.GetAsync(toEnglish);
        var english = await client.GetStringAsync(switched.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(page, switched.Headers.Location.OriginalString);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<h1>Compare two plans</h1>", english);
        Assert.Contains("<html lang=\"en\">", await client.GetStringAsync("/plans"));
    }

    [Fact]
    public async Task The_switch_from_a_page_asked_for_in_english_comes_back_without_asking_again()
    {
        var english = await Fetch("/plans?lang=en&sort=year", "zh-CN");

        var toChinese = WebUtility.HtmlDecode(Regex.Match(english, "href=\"([^\"]+)\" rel=\"nofollow\" lang=\"zh-CN\" data-language-switch").Groups[1].Value);

        Assert.Equal("/language?lang=zh-CN&return=" + Uri.EscapeDataString("/plans?sort=year"), toChinese);
    }

    [Fact]
    public async Task The_switch_never_leaves_the_site()
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/language?lang=en&return=" + Uri.EscapeDataString("//evil.example/x"));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_compare_page_explains_its_relations_and_figures()
    {
        var html = await Fetch("/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022", "zh-CN");

        var legend = Regex.Match(html, "<details class=\"legend no-print\">.*?</details>", RegexOptions.Singleline).Value;
        Assert.All(["全同", "互含", "B含A", "A含B", "交叉", "A条目", "仅见于A", "其中B有相关", "A在B有等同"], term => Assert.Contains($"<dt>{term}</dt>", legend));
    }

    private async Task<string> Fetch(string url, string language)
    {
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }
}
