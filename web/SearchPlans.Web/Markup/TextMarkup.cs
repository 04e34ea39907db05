using Microsoft.AspNetCore.Html;
using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Web.Markup;

/// <summary>
/// Highlight and diff markup built from encoded pieces: the tags are ours, every piece of plan text is encoded.
/// This is the only place pages get markup that Razor does not encode itself.
/// </summary>
public static class TextMarkup
{
    /// <summary>The snippet with its matches in &lt;mark&gt;; <see cref="Snippet.ToHtml"/> encodes every fragment.</summary>
    public static IHtmlContent Snippet(Snippet snippet) => new HtmlString(snippet.ToHtml());

    /// <summary>
    /// Deleted pieces in &lt;del&gt;, inserted ones in &lt;ins&gt;, equal text plain. A space dropped or added is
    /// left plain: struck through, it showed as a red dash that reads as a change of wording.
    /// </summary>
    public static IHtmlContent Diff(IEnumerable<DiffPiece> pieces)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in pieces)
        {
            var tag = piece.Kind switch
            {
                _ when string.IsNullOrWhiteSpace(piece.Text) => null,
                DiffKind.Deleted => "del",
                DiffKind.Inserted => "ins",
                _ => null,
            };
            if (tag is null)
            {
                html.Append(piece.Text);
                continue;
            }
            html.AppendHtml($"<{tag}>").Append(piece.Text).AppendHtml($"</{tag}>");
        }
        return html;
    }

    /// <summary>One side of a diff as its own text, the terms the other side shares in &lt;mark class="shared"&gt;.</summary>
    public static IHtmlContent Shared(IEnumerable<DiffPiece> side)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in side)
        {
            if (DiffReading.IsSharedTerm(piece))
                html.AppendHtml("<mark class=\"shared\">").Append(piece.Text).AppendHtml("</mark>");
            else
                html.Append(piece.Text);
        }
        return html;
    }

    /// <summary>A counterpart's text against the text at hand: the word diff where it helps, else the text with shared terms marked.</summary>
    public static IHtmlContent Against(WordDiff diff, LinkKind? kind, double? score) =>
        DiffReading.Helps(kind, score, diff) ? Diff(diff.Inline) : Shared(diff.Right);
}
