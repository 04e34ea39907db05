using System.Text.RegularExpressions;
using SearchPlans.Ingest.Rows;

namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// Prose plans (Qingyuan): 一、 headings, then paragraphs that open with a （一） title sentence and assign each
/// part to units with an inline marker such as **（县发改局牵头负责）**. Each marked part is one requirement.
/// Paragraphs a page break cut mid-sentence, and markers pushed to the next page, are joined first.
/// </summary>
internal sealed partial class ProseShape : IPlanShape
{
    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+\s*、")]
    private static partial Regex TopHeading();

    public string Name => "prose with unit markers";

    public int? FindBodyStart(SourceText source)
    {
        if (UnitMarker.Pattern().Count(Analysis.TextFolding.Fold(Markup.MarkupStripper.Strip(source.Text).Text)) < 2)
            return null;
        // What sets these plans apart is a paragraph that assigns several parts; a numbered outline whose parts each
        // end in one bracket is the outline reader's, which keeps a part that is only its title sentence.
        if (!Enumerable.Range(1, source.LineCount).Any(l => UnitMarker.Pattern().Count(Analysis.TextFolding.Fold(source[l])) >= 2))
            return null;
        // A plan that labels units in brackets too (（责任单位：…）) is the outline reader's, which reads labelled brackets
        // and several marked parts in one paragraph alike; read here, each labelled task would take the last marker's units.
        if (Enumerable.Range(1, source.LineCount).Any(l => LabelledBracket(source[l])))
            return null;
        for (var line = 1; line <= source.LineCount; line++)
            if (TopHeading().IsMatch(source[line]))
                return line;
        return null;
    }

    private static bool LabelledBracket(string line) =>
        ResponsibleUnits.UnitBrackets.In(line).Any(b => ResponsibleUnits.UnitListParser.OpensWithLabel(Analysis.TextFolding.Fold(line.Substring(b.Index + 1, b.Length - 1))));

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        var rows = new List<BodyRow>();
        foreach (var paragraph in Paragraphs(context, firstLine, lastLine))
        {
            if (TopHeading().IsMatch(paragraph.Text))
            {
                var heading = new BodyRow(paragraph.FirstLine) { LastLine = paragraph.LastLine, Unnumbered = true };
                heading.Sections.Add(paragraph.Text);
                heading.SectionLines.Add(paragraph.FirstLine);
                rows.Add(heading);
                continue;
            }
            var body = paragraph.Text;
            string? title = null;
            if (SectionOrdinal.LevelOf(body) == 1)
            {
                var end = body.IndexOf('。', StringComparison.Ordinal);
                title = end < 0 ? body : body[..(end + 1)];
                body = end < 0 ? "" : body[(end + 1)..];
            }
            var parts = MarkedParts(body);
            if (parts.Count == 0 && title is not null)
                parts.Add(("", ""));
            for (var i = 0; i < parts.Count; i++)
            {
                var row = new BodyRow(paragraph.FirstLine) { LastLine = paragraph.LastLine, Unnumbered = true };
                row.Sections.Add("");
                row.Sections.Add(i == 0 ? title ?? "" : "");
                row.SectionLines.AddRange([paragraph.FirstLine, paragraph.FirstLine]);
                row.Text = parts[i].Text;
                row.Units = parts[i].Marker;
                if (row.Units.Length == 0 && row.Text.Length > 0)
                    context.Warn(paragraph.FirstLine, "text after the last unit marker has no responsible unit");
                rows.Add(row);
            }
        }
        return rows;
    }

    private static List<(string Text, string Marker)> MarkedParts(string body)
    {
        var parts = new List<(string, string)>();
        var start = 0;
        // Matched on the folded text (same length), so 牽頭負責 in Traditional script is a marker too.
        foreach (Match m in UnitMarker.Pattern().Matches(Analysis.TextFolding.Fold(body)))
        {
            parts.Add((body[start..m.Index].Trim(), body.Substring(m.Index, m.Length)));
            start = m.Index + m.Length;
        }
        if (body[start..].Trim().Length > 0)
            parts.Add((body[start..].Trim(), ""));
        return parts;
    }

    // Joins lines into paragraphs: a page break cuts a paragraph mid-sentence (营造良 / 好环境。) or pushes its
    // unit marker onto the next page; headings are never joined.
    private static List<Paragraph> Paragraphs(IngestContext context, int firstLine, int lastLine)
    {
        var paragraphs = new List<Paragraph>();
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (context.Source.IsBlank(line))
                continue;
            var text = context.Strip(context.Source[line]).Trim();
            if (Cleaning.PageNumberLine.Is(text))
            {
                context.Discard(text);
                continue;
            }
            var previous = paragraphs.Count > 0 ? paragraphs[^1] : null;
            var isHeading = TopHeading().IsMatch(text) || SectionOrdinal.LevelOf(text) == 1;
            if (previous is not null && !isHeading && !TopHeading().IsMatch(previous.Text)
                && (!SentenceEnd.IsComplete(previous.Text) || UnitMarker.StartsWithMarker(text)))
            {
                paragraphs[^1] = previous with { Text = previous.Text + text, LastLine = line };
                continue;
            }
            paragraphs.Add(new Paragraph(text, line, line));
        }
        return paragraphs;
    }

    private sealed record Paragraph(string Text, int FirstLine, int LastLine);
}
