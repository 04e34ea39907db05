using System.Net;
using System.Text;

namespace SearchPlans.Search;

/// <summary>A piece of a snippet, marked when it matched the query.</summary>
public sealed record SnippetFragment(string Text, bool Highlighted);

/// <summary>What a snippet is cut from.</summary>
public enum SnippetSource
{
    /// <summary>The requirement's own text.</summary>
    Text,

    /// <summary>Its 评价标准 criteria, shown when only they hold the query: labelled, never as the requirement's text.</summary>
    Criteria,
}

/// <summary>A window of a hit's text cut into fragments; rendering is left to the caller's medium.</summary>
/// <param name="StartsMidText">True when text before the window was left out.</param>
/// <param name="EndsMidText">True when text after the window was left out.</param>
public sealed record Snippet(IReadOnlyList<SnippetFragment> Fragments, bool StartsMidText, bool EndsMidText)
{
    /// <summary>The label a criteria snippet starts with, in every medium: the plans' own word for criteria.</summary>
    public const string CriteriaLabel = "评价标准：";

    public SnippetSource Source { get; init; } = SnippetSource.Text;

    /// <summary>True when some fragment is marked as matching the query.</summary>
    public bool Marked => Fragments.Any(f => f.Highlighted);

    private const string Ellipsis = "…";
    private const string AnsiHighlight = "\u001b[1;31m";
    private const string AnsiReset = "\u001b[0m";

    public static Snippet Empty { get; } = new([], false, false);

    /// <summary>Plain text with matches in 【】, on one line.</summary>
    public string ToPlainText() => Render(static t => t, static t => "【" + t + "】");

    /// <summary>Terminal text with matches in bold red.</summary>
    public string ToAnsi() => Render(static t => t, static t => AnsiHighlight + t + AnsiReset);

    /// <summary>HTML-encoded text with matches in &lt;mark&gt;.</summary>
    public string ToHtml() => Render(WebUtility.HtmlEncode, static t => "<mark>" + WebUtility.HtmlEncode(t) + "</mark>",
        static t => "<span class=\"snippet-source\">" + WebUtility.HtmlEncode(t) + "</span>");

    private string Render(Func<string, string> plain, Func<string, string> highlighted, Func<string, string>? label = null)
    {
        var builder = new StringBuilder();
        if (Source == SnippetSource.Criteria)
            builder.Append((label ?? plain)(CriteriaLabel));
        if (StartsMidText)
            builder.Append(Ellipsis);
        foreach (var fragment in Fragments)
        {
            var text = OneLine(fragment.Text);
            builder.Append(fragment.Highlighted ? highlighted(text) : plain(text));
        }
        if (EndsMidText)
            builder.Append(Ellipsis);
        return builder.ToString();
    }

    // Line breaks (between a requirement and its criteria) and other control characters would break
    // a table row or smuggle terminal escapes; a space keeps the words apart.
    private static string OneLine(string text) =>
        text.Any(char.IsControl) ? string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }) : text;
}
