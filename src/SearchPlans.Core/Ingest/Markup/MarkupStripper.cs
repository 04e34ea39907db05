using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SearchPlans.Ingest.Markup;

/// <summary>
/// Removes the Markdown (**bold**, ## headings) and HTML tags (&lt;p&gt;) that converters leave in plan text,
/// keeping every character of the text itself.
/// </summary>
/// <remarks>
/// Markdig parses with only headings, paragraphs, emphasis and inline HTML switched on: plan text is full of
/// "1. " and "(一)" that a full Markdown pipeline would turn into lists, and of brackets and backslashes
/// that must stay literal. CommonMark's flanking rules do not recognise ** next to CJK punctuation
/// (e.g. 。**（县发改局牵头负责）**加强), so Markdig leaves such runs as literal "**"; a literal that is
/// nothing but a run of two or more asterisks is therefore markup too.
/// </remarks>
public static partial class MarkupStripper
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>
    /// Emphasis markers in a row beyond which the text is not given to Markdig: real markup has at most three
    /// (***bold italic***), and tens of thousands nest so deep that Markdig refuses the whole input ("too deeply
    /// nested") or, before the walk below was made iterative, overflowed the stack.
    /// </summary>
    public const int MaxDelimiterRun = 32;

    public static StrippedText Strip(string raw)
    {
        if (raw.IndexOfAny(['*', '<', '#', '_', '&']) < 0 || LongestDelimiterRun(raw) > MaxDelimiterRun)
            return new StrippedText(raw, "");

        var text = new StringBuilder(raw.Length);
        var removed = new StringBuilder();
        // A page's source pasted as text indents with &nbsp; runs: they are spaces, and what spells them is markup.
        var spaced = SpaceEntity().Replace(raw, m =>
        {
            removed.Append(m.Value);
            return " ";
        });
        if (spaced.IndexOfAny(['*', '<', '#', '_']) < 0)
            return new StrippedText(spaced, removed.ToString());
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(spaced, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own limit on nesting; keep the text as it is rather than lose the file.
            return new StrippedText(raw, "");
        }
        var firstBlock = true;
        foreach (var block in document)
        {
            if (!firstBlock)
                text.Append('\n');
            firstBlock = false;
            if (block is HeadingBlock heading)
                removed.Append(heading.HeaderChar, heading.Level);
            if (block is LeafBlock { Inline: { } inline })
                AppendInlines(inline, text, removed);
        }
        var result = new StrippedText(text.ToString(), removed.ToString());
        // Markdig drops a few things silently (setext underlines, closing ATX hashes); if the characters do not
        // add up, keep the raw text: showing stray markup is better than losing text.
        return CharacterCount.SameNonWhiteSpace(raw, result.Text + result.RemovedMarkup) ? result : new StrippedText(raw, "");
    }

    // Walks the inline tree with a stack of its own: emphasis nests as deep as the input makes it, and a stack
    // overflow would end the whole run, not just this file.
    private static void AppendInlines(ContainerInline root, StringBuilder text, StringBuilder removed)
    {
        var pending = new Stack<(Inline Inline, bool Closing)>();
        PushChildren(root, pending);
        while (pending.TryPop(out var next))
        {
            switch (next.Inline)
            {
                case EmphasisInline emphasis when next.Closing:
                    removed.Append(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    break;
                case LiteralInline literal when IsDelimiterRun(literal.Content.AsSpan()):
                    removed.Append(literal.Content.AsSpan());
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlInline html:
                    removed.Append(html.Tag);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case EmphasisInline emphasis:
                    removed.Append(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    pending.Push((emphasis, true));
                    PushChildren(emphasis, pending);
                    break;
                case ContainerInline other:
                    PushChildren(other, pending);
                    break;
            }
        }
    }

    // Last child first, so the first is popped first.
    private static void PushChildren(ContainerInline container, Stack<(Inline, bool)> pending)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
            pending.Push((child, false));
    }

    [GeneratedRegex(@"&(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0|#12288|#[xX]3000);?", RegexOptions.IgnoreCase)]
    private static partial Regex SpaceEntity();

    private static int LongestDelimiterRun(string raw)
    {
        var (longest, run) = (0, 0);
        foreach (var c in raw)
        {
            run = c is '*' or '_' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static bool IsDelimiterRun(ReadOnlySpan<char> content) =>
        content.Length >= 2 && (!content.ContainsAnyExcept('*') || !content.ContainsAnyExcept('_'));

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(p => p is not (ParagraphBlockParser or HeadingBlockParser));
        builder.InlineParsers.RemoveAll(p => p is not (EmphasisInlineParser or AutolinkInlineParser or LineBreakInlineParser));
        return builder.Build();
    }
}
