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
}
