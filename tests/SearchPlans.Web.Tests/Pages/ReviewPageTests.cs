using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Review.Evaluation;
using SearchPlans.Web.Reading;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>One site (and one review database) for the class: each test judges pairs no other test touches.</summary>
public sealed class ReviewPageTests(SeedSite site) : IClassFixture<SeedSite>
{
    private HttpClient NoRedirects() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Judge(string source, string target, string verdict, string kind = "", string note = "") => new()
    {
        ["source"] = source, ["target"] = target, ["verdict"] = verdict, ["kind"] = kind, ["note"] = note, ["reviewer"] = "测试",
    };

    [Fact]
    public async Task Review_ListsLinksWithConfirmAndRejectFormsCarryingAntiforgeryTokens()
    {
        var html = await site.CreateClient().GetStringAsync("/review?doc=jiangmen-zftzgcjsglzx-2022");

        Assert.Contains("<article class=\"review-link\" id=\"link-jiangmen-zftzgcjsglzx-2022-1--heyuan-2022-3\">", html);
        Assert.Contains("name=\"verdict\" value=\"confirm\"", html);
        Assert.Contains("name=\"verdict\" value=\"reject\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("action=\"/review?doc=jiangmen-zftzgcjsglzx-2022&amp;handler=Add\"", html);
    }

    [Fact]
    public async Task Confirm_RedirectsBackToTheLinkAndTheJudgementShowsOnThePage()
    {
        var client = NoRedirects();

        var response = await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge&doc=jiangmen-zftzgcjsglzx-2022",
            Judge("jiangmen-zftzgcjsglzx-2022-3", "heyuan-2022-9", "confirm", note: "几乎逐字 <b>相同</b>"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/review?doc=jiangmen-zftzgcjsglzx-2022&saved=", location);
        Assert.EndsWith("#link-jiangmen-zftzgcjsglzx-2022-3--heyuan-2022-9", location);
        var html = await client.GetStringAsync(location);
        Assert.Contains("Saved: confirmed jiangmen-zftzgcjsglzx-2022-3 ~ heyuan-2022-9", html);
        Assert.Contains("几乎逐字 &lt;b&gt;相同&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>相同</b>", html);
    }

    [Fact]
    public async Task A_judgement_shows_on_both_requirement_pages_and_on_the_judged_counterpart()
    {
        var client = site.CreateClient();
        var linked = site.Services.GetRequiredService<CorpusSession>().Latest.Counterparts.Of("jiangmen-zftzgcjsglzx-2022-5").Select(c => c.Requirement.Id).ToList();
        var unlinked = Enumerable.Range(1, 60).Select(n => $"heyuan-2022-{n}").First(id => !linked.Contains(id));
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge",
            Judge("jiangmen-zftzgcjsglzx-2022-5", "heyuan-2022-19", "confirm", note: "逐字相同"));
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Add",
            new Dictionary<string, string> { ["source"] = "jiangmen-zftzgcjsglzx-2022-5", ["target"] = unlinked, ["kind"] = "related", ["note"] = "同一小节" });

        var source = await Page.Get(client, "/requirements/jiangmen-zftzgcjsglzx-2022-5");
        var target = await Page.Get(client, "/requirements/heyuan-2022-19");
        var untouched = await Page.Get(client, "/requirements/" + (unlinked == "heyuan-2022-21" ? "heyuan-2022-22" : "heyuan-2022-21"));

        Assert.Contains("Review (2)", source.Html);
        Assert.Contains("Review (1)", target.Html);
        Assert.Contains("Review (0)", untouched.Html);
        Assert.Contains("逐字相同", target.Html);
        // The added link is not one the index computed, so only the review section can show it.
        Assert.Contains("同一小节", source.Html);
        Assert.Contains(source.Texts("article", "counterpart"), card => card.Contains("item 19", StringComparison.Ordinal) && card.Contains("confirmed", StringComparison.Ordinal));
        Assert.True(source.HasLink("/review?req=jiangmen-zftzgcjsglzx-2022-5"));
    }

    [Fact]
    public async Task Reject_ThenStateFilter_ShowsTheLinkAmongTheRejected()
    {
        var client = site.CreateClient();
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge",
            Judge("jiangmen-zftzgcjsglzx-2022-8", "heyuan-2022-27", "reject", note: "不同"));

        var html = await client.GetStringAsync("/review?state=rejected&req=jiangmen-zftzgcjsglzx-2022-8");

        Assert.Contains("id=\"link-jiangmen-zftzgcjsglzx-2022-8--heyuan-2022-27\"", html);
        Assert.Contains("<p class=\"judgement verdict-rejected\">", html);
    }

    [Fact]
    public async Task Add_UnknownRequirement_ShowsAMessageAndKeepsTheFormFilledIn()
    {
        var response = await AntiforgeryForms.Post(site.CreateClient(), "/review", "/review?handler=Add",
            new Dictionary<string, string> { ["source"] = "heyuan-2022-999", ["target"] = "zhanjiang-2021-1", ["kind"] = "related", ["note"] = "试" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no requirement &quot;heyuan-2022-999&quot; in the index.", html);
        Assert.Contains("value=\"heyuan-2022-999\"", html);
    }

    [Fact]
    public async Task Judge_MissingVerdict_ShowsAMessage()
    {
        var response = await AntiforgeryForms.Post(site.CreateClient(), "/review", "/review?handler=Judge",
            Judge("jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is no verdict: confirm, reject or add.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedWithTheFriendlyPageNotAnError()
    {
        var response = await site.CreateClient().PostAsync("/review?handler=Judge",
            new FormUrlEncodedContent(Judge("jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3", "confirm")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bad request", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/review?state=bogus", "&quot;bogus&quot; is no review state")]
    [InlineData("/review?links=close", "&quot;close&quot; is no kind of link")]
    [InlineData("/review?doc=nowhere-2020", "There is no plan &quot;nowhere-2020&quot;")]
    [InlineData("/review?req=heyuan-2022-999", "No link touches &quot;heyuan-2022-999&quot;")]
    [InlineData("/review?p=-4", "page 1 of")]
    public async Task Review_BadFilters_ShowAMessageNotAnError(string url, string message)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_DownloadsTheJudgementsAsAGoldFileThatGoldSetReads()
    {
        var client = site.CreateClient();
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Add",
            new Dictionary<string, string> { ["source"] = "jiangmen-zftzgcjsglzx-2022-30", ["target"] = "zhanjiang-2021-50", ["kind"] = "related" });

        var response = await client.GetAsync("/review/export");
        var path = Path.Combine(Path.GetDirectoryName(site.IndexPath)!, "downloaded-gold.tsv");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var gold = GoldSet.Load(path);

        Assert.Equal("text/tab-separated-values; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("review-gold.tsv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains(gold.Pairs, p => (p.Source, p.Target, p.Judgement, p.Split) == ("jiangmen-zftzgcjsglzx-2022-30", "zhanjiang-2021-50", GoldJudgement.Related, "review"));
    }
}
