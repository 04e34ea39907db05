using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>Related links that may share only wording are listed apart and collapsed, never mixed with the rest.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed class DoubtfulLinksTests(SeedSite site)
{
    [Fact]
    public async Task A_doubtful_counterpart_is_listed_collapsed_after_the_trusted_ones()
    {
        var links = IndexPipeline.Open(site.IndexPath).Links;
        var doubtful = links.First(l => l.Confidence == LinkConfidence.Doubtful);
        var page = await Page.Get(site.CreateClient(), "/requirements/" + doubtful.Source);

        var collapsed = page.Html.IndexOf("<details class=\"doubtful\">", StringComparison.Ordinal);
        Assert.True(collapsed > 0, "the page has no collapsed list of weaker links");
        var link = $"/requirements/{Uri.EscapeDataString(doubtful.Target)}\"";
        Assert.True(page.Html.IndexOf(link, collapsed, StringComparison.Ordinal) > collapsed, "the doubtful counterpart is not in the collapsed list");
        var trusted = page.Html[..collapsed];
        var counterparts = trusted.IndexOf("id=\"counterparts\"", StringComparison.Ordinal);
        Assert.DoesNotContain(link, trusted[counterparts..], StringComparison.Ordinal);
    }

    // 江门 21 is linked to 河源 2 and 38 by doubtful links alone: its row has no counterpart in B, and the two sit
    // collapsed (较弱) in its row, not as its counterpart.
    [Fact]
    public async Task A_compare_row_with_only_doubtful_links_shows_no_counterpart_and_folds_them_under_weaker()
    {
        var page = await Page.Get(site.CreateClient(), "/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022");

        var row = page.Html[page.Html.IndexOf("<tr class=\"only-a\" id=\"row-jiangmen-zftzgcjsglzx-2022-21\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var weaker = row.IndexOf("<details class=\"doubtful\"><summary>", StringComparison.Ordinal);
        Assert.True(weaker > row.IndexOf("class=\"none\"", StringComparison.Ordinal), "the row shows a counterpart in B, or nothing folded");
        Assert.Contains("/requirements/heyuan-2022-2\"", row[weaker..], StringComparison.Ordinal);
        Assert.Contains("/requirements/heyuan-2022-38\"", row[weaker..], StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"also", row, StringComparison.Ordinal);
    }
}
