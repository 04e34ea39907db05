using Microsoft.AspNetCore.Html;
using SearchPlans.Compare;
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

    /// <summary>Deleted pieces in &lt;del&gt;, inserted ones in &lt;ins&gt;, equal text plain.</summary>
    public static IHtmlContent Diff(IEnumerable<DiffPiece> pieces)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in pieces)
        {
            var tag = piece.Kind switch
            {
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
}
