using SearchPlans.Ingest.Rows;

namespace SearchPlans.Ingest.Outline;

/// <summary>
/// Joins source lines into paragraphs. PDF extraction and page breaks cut sentences at line ends (全面贯彻 / 党的十九大…),
/// so a line that does not end a sentence runs on into the next, unless the next opens with a numbering label or the
/// line is itself a short heading (一、目标要求), whose body starts on a line of its own, and is no line PDF text wrapped
/// at its page's width. Footnotes are set apart.
/// </summary>
internal static class ParagraphJoiner
{
    /// <summary>Headings longer than this are rare; a longer line that stops mid-sentence was cut by the page.</summary>
    private const int HeadingLength = 40;

    /// <summary>A line this long that stops mid-sentence was cut by a page, not ended.</summary>
    private const int PageLength = 200;

    public static List<Paragraph> Join(IngestContext context, int firstLine, int lastLine)
    {
        var paragraphs = new List<Paragraph>();
        var open = false;
        var lines = Enumerable.Range(firstLine, lastLine - firstLine + 1).Select(l => context.Source[l]).ToList();
        var width = WrapWidth.Of(lines);
        var footnoteMarks = Footnotes.MarksIn(lines);
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (context.Source.IsBlank(line))
            {
                open = false;
                continue;
            }
            var text = context.Strip(context.Source[line]).Trim();
            if (text.Length == 0)
                continue;
            if (Cleaning.PageNumberLine.Is(text))
            {
                // The sentence a page break cut runs on past the page's number, so the paragraph stays open.
                context.Discard(text);
                continue;
            }
            if (Footnotes.Opens(text, footnoteMarks))
            {
                // A footnote printed at the foot of the page is no part of the task above it, nor a point of its own.
                context.Keep(Model.RemainderKind.Note, text, Model.SourceSpan.Line(line));
                continue;
            }
            if (open && paragraphs.Count > 0 && PageNumberAtStart(paragraphs[^1].Text, text) is { } pageNumber)
            {
                // Document-library pages number each page "2、" at the start of its line, in the middle of a sentence.
                context.Discard(pageNumber);
                text = text[pageNumber.Length..];
            }
            if (open && paragraphs.Count > 0 && NumberingMarkers.AtStart(text) is null)
            {
                var previous = paragraphs[^1];
                // A field line (责任单位：…) keeps its line break, so the field can be told from the task.
                var separator = ResponsibleUnits.LabelledFields.OpensWithLabel(text) ? "\n" : "";
                paragraphs[^1] = previous with { Text = previous.Text + separator + text, LastLine = line };
            }
            else
            {
                paragraphs.Add(new Paragraph(text, line, line));
            }
            var current = paragraphs[^1].Text;
            open = !SentenceEnd.IsComplete(current) && (!IsHeading(current) || WrapWidth.Fills(text, width));
        }
        return paragraphs;
    }

    private static string? PageNumberAtStart(string previous, string line) =>
        previous.Length >= PageLength && NumberingMarkers.AtStart(line) is { Style: NumberingStyle.DigitDot } m
            ? line[..m.End]
            : null;

    /// <summary>
    /// A short labelled line that states no sentence and stops at no comma: 一、目标要求. A line that stops at ，
    /// or 、, or runs past a 。, was cut mid-sentence however short it is.
    /// </summary>
    private static bool IsHeading(string text) =>
        text.Length <= HeadingLength && NumberingMarkers.AtStart(text) is not null
        && !text.Contains('。') && text[^1] is not ('，' or ',' or '、');
}
