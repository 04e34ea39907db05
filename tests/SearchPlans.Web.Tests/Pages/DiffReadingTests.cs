using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using SearchPlans.Compare;
using SearchPlans.Web.Markup;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>A word diff only where it helps reading; weak matches show both texts with the shared terms marked.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class DiffReadingTests(SeedSite site)
{
    private Task<Page> Get(string url) => Page.Get(site.CreateClient(), url);

    [Fact]
    public async Task Weak_rows_of_a_comparison_show_shared_terms_and_strong_rows_a_diff()
    {
        var page = await Get("/compare?a=jiangmen-zftzgcjsglzx-2022&b=heyuan-2022");

        var rows = Row().Matches(page.Html).Select(m => (Score: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            Equivalent: m.Groups[1].Value == "equivalent", Html: m.Value)).ToList();
        var weak = rows.Where(r => !r.Equivalent && r.Score < DiffReading.MinRelatedScore).ToList();
        Assert.NotEmpty(weak);
        Assert.All(weak, r =>
        {
            Assert.DoesNotContain("<del>", r.Html);
            Assert.DoesNotContain("<ins>", r.Html);
        });
        Assert.Contains(weak, r => r.Html.Contains("<mark class=\"shared\">", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Equivalent && (r.Html.Contains("<del>", StringComparison.Ordinal) || r.Html.Contains("<ins>", StringComparison.Ordinal)));
        Assert.All(rows.Where(r => r.Equivalent), r => Assert.DoesNotContain("<mark class=\"shared\">", r.Html));
    }

    [Fact]
    public void A_dropped_space_is_not_struck_through()
    {
        var html = Html(TextMarkup.Diff([new DiffPiece(DiffKind.Equal, "政务"), new DiffPiece(DiffKind.Deleted, " "), new DiffPiece(DiffKind.Equal, "公开")]));

        Assert.Equal("政务 公开", html);
    }

    [Fact]
    public void Shared_terms_are_words_not_single_characters_or_punctuation()
    {
        var html = Html(TextMarkup.Shared([new DiffPiece(DiffKind.Equal, "政务公开"), new DiffPiece(DiffKind.Deleted, "做好"), new DiffPiece(DiffKind.Equal, "的，")]));

        Assert.Equal("<mark class=\"shared\">政务公开</mark>做好的，", html);
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    [GeneratedRegex("<tr class=\"(equivalent|related)\" id=\"row-[^\"]+\">.*?<span class=\"score\">([0-9.]+)</span>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
