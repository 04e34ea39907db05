using System.Text;
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
public static class MarkupStripper
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static StrippedText Strip(string raw)
    {
        if (raw.IndexOfAny(['*', '<', '#', '_']) < 0)
            return new StrippedText(raw, "");

        var text = new StringBuilder(raw.Length);
        var removed = new StringBuilder();
        var document = Markdown.Parse(raw, Pipeline);
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

    private static void AppendInlines(ContainerInline container, StringBuilder text, StringBuilder removed)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
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
                    AppendInlines(emphasis, text, removed);
                    removed.Append(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    break;
                case ContainerInline other:
                    AppendInlines(other, text, removed);
                    break;
            }
        }
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
