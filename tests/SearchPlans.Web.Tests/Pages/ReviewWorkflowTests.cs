using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>What a reviewer clearing links needs: the diff, a remembered name, weakest first, undo, and rejections shown.</summary>
public sealed partial class ReviewWorkflowTests(SeedSite site) : IClassFixture<SeedSite>
{
    private static Dictionary<string, string> Judge(string source, string target, string verdict, string reviewer = "王") => new()
    {
        ["source"] = source, ["target"] = target, ["verdict"] = verdict, ["kind"] = "", ["note"] = "", ["reviewer"] = reviewer,
    };

    [Fact]
    public async Task Each_link_shows_its_two_texts_diffed_or_with_their_shared_terms()
    {
        var html = await site.CreateClient().GetStringAsync("/review?doc=jiangmen-zftzgcjsglzx-2022");

        var links = ReviewLink().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches("<del>|<ins>|<mark class=\"shared\">", link));
    }

    [Fact]
    public async Task The_reviewers_name_is_remembered_for_the_next_link()
    {
        var client = site.CreateClient();
        var (source, target) = (await Links("zhanjiang-2021"))[0];

        await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Judge(source, target, "confirm", "李明"));
        var html = await client.GetStringAsync("/review?doc=jiangmen-zftzgcjsglzx-2022");

        Assert.Contains("name=\"reviewer\" value=\"李明\"", html);
        Assert.DoesNotContain("value=\"李明\"", await site.CreateClient().GetStringAsync("/review"));
    }

    [Theory]
    [InlineData("weakest")]
    [InlineData("strongest")]
    public async Task Links_sort_by_score(string sort)
    {
        var html = await site.CreateClient().GetStringAsync("/review?sort=" + sort);

        var scores = Score().Matches(html).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(scores.Count > 10);
        Assert.Equal(sort == "weakest" ? scores.Order() : scores.OrderDescending(), scores);
        Assert.Contains("<option value=\"" + sort + "\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task A_judgement_can_be_undone_and_the_one_before_it_is_in_force_again()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (source, target) = (await Links("conghua-2019"))[0];
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Judge(source, target, "confirm"));
        var rejected = await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Judge(source, target, "reject"));
        var savedId = Regex.Match(rejected.Headers.Location!.OriginalString, "saved=(\\d+)").Groups[1].Value;

        var undone = await AntiforgeryForms.Post(client, "/review", "/review?handler=Undo&req=" + source, new Dictionary<string, string> { ["id"] = savedId });

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal("/review?req=" + source + "&undone=true", undone.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync(undone.Headers.Location!.OriginalString);
        Assert.Contains("The judgement was undone", html);
        var link = ReviewLink().Matches(html).Select(m => m.Value).Single(l => l.Contains($"id=\"link-{source}--{target}\"", StringComparison.Ordinal));
        Assert.Contains("confirmed", link);
        Assert.DoesNotContain("rejected", link);
    }

    [Fact]
    public async Task Undoing_a_judgement_no_longer_in_force_is_refused_with_a_message()
    {
        var client = site.CreateClient();

        using var response = await AntiforgeryForms.Post(client, "/review", "/review?handler=Undo", new Dictionary<string, string> { ["id"] = "987654" });

        Assert.Contains("There is no judgement in force with that number to undo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_judgement_is_explained_in_the_pages_language()
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Judge("nowhere-2022-1", "heyuan-2022-3", "confirm"));

        Assert.Contains("索引中没有条目“nowhere-2022-1”。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_rejected_link_is_marked_on_the_compare_page()
    {
        var client = site.CreateClient();
        const string Comparison = "/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022";
        // The first row of the comparison with a counterpart in B: its link is the one to reject.
        var first = Regex.Match(await client.GetStringAsync(Comparison),
            "id=\"row-([^\"]+)\">\\s*<td data-side=\"A\">.*?<td data-side=\"B\">\\s*<div class=\"meta\">\\s*<a class=\"num\" href=\"/requirements/([^\"]+)\"", RegexOptions.Singleline);
        var (a, b) = (first.Groups[1].Value, first.Groups[2].Value);
        await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Judge(a, b, "reject"));

        var html = await client.GetStringAsync(Comparison);

        var row = Regex.Match(html, $"<tr class=\"([^\"]+)\" id=\"row-{Regex.Escape(a)}\">.*?</tr>", RegexOptions.Singleline);
        Assert.Contains("rejected", row.Groups[1].Value);
        Assert.Contains("rejected · 王", row.Value);
    }

    /// <summary>The links the review page lists for a plan, as (source, target), read from its side.</summary>
    private async Task<List<(string Source, string Target)>> Links(string plan) =>
        [.. Regex.Matches(await site.CreateClient().GetStringAsync("/review?doc=" + plan), "<article class=\"review-link\" id=\"link-(.+?)--(.+?)\">")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex("<article class=\"review-link\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex ReviewLink();

    [GeneratedRegex("<span class=\"link-score\">score ([0-9.]+)</span>")]
    private static partial Regex Score();
}
