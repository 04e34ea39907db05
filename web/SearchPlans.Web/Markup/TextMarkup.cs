using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Web.Markup;

/// <summary>
/// Highlight and diff markup built from encoded pieces: the tags are ours, every piece of plan text is encoded.
/// This is the only place pages get markup that Razor does not encode itself.
/// </summary>
public static partial class TextMarkup
{
    /// <summary>
    /// An interface sentence, in the page's language, whose {0}, {1}… are Chinese examples (市政数局): each is marked
    /// lang="zh-CN", so an English page says it quotes Chinese and a screen reader reads it as Chinese.
    /// </summary>
    public static IHtmlContent WithChineseExamples(string sentence, params string[] examples)
    {
        var html = new HtmlContentBuilder();
        var pieces = Placeholder().Split(sentence);
        // Split keeps the captured indexes: text, index, text, index, … text.
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 0)
                html.Append(pieces[i]);
            else
                html.AppendHtml("<span lang=\"zh-CN\">").Append(examples[int.Parse(pieces[i], CultureInfo.InvariantCulture)]).AppendHtml("</span>");
        }
        return html;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

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
