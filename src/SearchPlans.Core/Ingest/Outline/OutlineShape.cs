using System.Text.RegularExpressions;
using SearchPlans.Ingest.Deadlines;
using SearchPlans.Ingest.Rows;
using SearchPlans.Ingest.Shapes;
using SearchPlans.Ingest.ResponsibleUnits;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Outline;

/// <summary>
/// Plans written as a numbered outline (the State Council's and most provinces'): 一、 /（一）/ 1. /（1）/ ① parts,
/// whose innermost parts are the requirements and the parts above them sections. Units, where a plan names any, come
/// in brackets after the task (（责任单位：…）, （…负责落实）); a part that assigns several tasks to different units
/// in one paragraph is a section of its own, one requirement per bracket. Deadlines are read from the text.
/// </summary>
internal sealed partial class OutlineShape : IPlanShape
{
    [GeneratedRegex(@"^\s*(总体要求|指导思想|基本原则|工作原则|总体思路)")]
    private static partial Regex GeneralRequirements();

    /// <summary>A section's heading runs to its first sentence end, or to the first gap in a line pasted whole.</summary>
    [GeneratedRegex(@"^[^。\s]{2,}?(?:。|(?=\s))|^[^。]*。")]
    private static partial Regex Heading();

    public string Name => "numbered outline";

    public int? FindBodyStart(SourceText source) => TopStyle(source) is { } top ? top.Line : null;

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        var reader = new OutlineReader(TopStyle(context.Source)?.Style);
        reader.Read(ParagraphJoiner.Join(context, firstLine, lastLine));
        foreach (var p in reader.Before)
            context.Keep(RemainderKind.Preamble, p.Text, new SourceSpan(p.FirstLine, p.LastLine));
        var rows = new List<BodyRow>();
        foreach (var root in reader.Roots)
            Emit(context, root, rows, "");
        return rows;
    }

    /// <summary>
    /// The style a body opens with and its line: the first 一、 that a 二、 or a lower label follows; else the first
    /// （一）, else the first 1. (plans numbered only one way).
    /// </summary>
    private static (NumberingStyle Style, int Line)? TopStyle(SourceText source)
    {
        (NumberingStyle, int)? best = null;
        var seen = new HashSet<NumberingStyle>();
        for (var line = 1; line <= source.LineCount; line++)
        {
            foreach (var m in NumberingMarkers.In(source[line]))
            {
                if (m.Value == 1 && seen.Add(m.Style) && (best is null || m.Style < best.Value.Item1))
                    best = (m.Style, line);
            }
            if (best is { Item1: NumberingStyle.Part })
                break;
        }
        return best;
    }

    private static void Emit(IngestContext context, OutlineNode node, List<BodyRow> rows, string sectionUnits)
    {
        if (node.Depth == 0 && GeneralRequirements().IsMatch(Analysis.TextFolding.Fold(node.Text)))
        {
            KeepWhole(context, node);
            return;
        }
        if (node.Children.Count > 0)
        {
            OpenSection(context, node, rows, node.Label + node.Text);
            // （一）加强财政信息公开（牵头单位：市财政局）: the heading's units are every task's below it that names none.
            var own = UnitBrackets.In(node.Text);
            var units = own.Count == 1 ? node.Text.Substring(own[0].Index, own[0].Length).Trim() : sectionUnits;
            var first = rows.Count;
            foreach (var child in node.Children)
                Emit(context, child, rows, units);
            ShareClosingBracket(node, rows, first);
            return;
        }
        var text = node.Text.Trim();
        if (text.Length == 0)
        {
            context.Warn(node.FirstLine, "part {0} has no text (the file may end here); kept as remainder", node.Label);
            context.Keep(RemainderKind.Other, node.Label, new SourceSpan(node.FirstLine, node.LastLine));
            return;
        }
        var before = rows.Count;
        if (HeadingOverParagraphs(text) is { } parts)
        {
            // 一、推进决策公开 over paragraphs of its own, unnumbered: the heading is a section, each paragraph a task.
            OpenSection(context, node, rows, node.Label + LabelGap(node) + parts.Heading);
            var own = UnitBrackets.In(parts.Heading);
            if (own.Count == 1)
                sectionUnits = parts.Heading.Substring(own[0].Index, own[0].Length).Trim();
            foreach (var paragraph in parts.Paragraphs)
                EmitTask(context, node, paragraph, UnitBrackets.In(paragraph), rows, node.Depth + 1, numbered: false);
        }
        else
        {
            EmitTask(context, node, text, UnitBrackets.In(text), rows, node.Depth, numbered: true);
        }
        foreach (var row in rows.Skip(before).Where(r => r.Units.Length == 0 && r.Text.Length > 0))
            row.SectionUnits = sectionUnits;
    }

    /// <summary>
    /// 3.做好社会救助信息公开：①…；②…；③…。 and then, on a line of its own, （责任单位：…）: a bracket that closes a run
    /// of points none of which names its own units is the whole run's, as a bracket after one task is that task's.
    /// </summary>
    private static void ShareClosingBracket(OutlineNode node, List<BodyRow> rows, int first)
    {
        var points = rows.Skip(first).ToList();
        if (node.Children.Count < 2 || node.Children.Any(c => c.Children.Count > 0) || points.Count != node.Children.Count
            || points[^1].Units.Length == 0 || points[..^1].Any(p => p.Units.Length > 0 || p.Text.Length == 0))
            return;
        var last = node.Children[^1].Text.TrimEnd();
        var bracket = UnitBrackets.In(last).LastOrDefault();
        if (bracket is null || bracket.End != last.Length || last[..bracket.Index].TrimEnd(' ', '\t', '\u3000') is not { Length: > 0 } before || before[^1] != '\n')
            return;
        foreach (var point in points[..^1])
            point.SectionUnits = points[^1].Units;
    }

    /// <summary>Headings longer than this are rare; a longer first line is a task's own sentence.</summary>
    private const int HeadingLength = 40;

    /// <summary>
    /// A part whose first line is a short heading that ends no sentence, followed by paragraphs on lines of their own;
    /// a field line (牵头单位：…) stays with the paragraph above it. Null when the part is one task.
    /// </summary>
    private static (string Heading, List<string> Paragraphs)? HeadingOverParagraphs(string text)
    {
        var lines = text.Split('\n');
        var heading = lines[0].Trim();
        var bare = UnitBrackets.In(heading).Aggregate(heading, (h, b) => h.Replace(heading.Substring(b.Index, b.Length), "", StringComparison.Ordinal));
        if (lines.Length < 2 || bare.Length is 0 or > HeadingLength || bare.Contains('。') || SentenceEnd.IsComplete(bare) || LabelledFields.OpensWithLabel(heading))
            return null;
        var paragraphs = new List<string>();
        foreach (var line in lines.Skip(1).Where(l => l.Trim().Length > 0))
        {
            if (paragraphs.Count > 0 && LabelledFields.OpensWithLabel(line))
                paragraphs[^1] += "\n" + line;
            else
                paragraphs.Add(line);
        }
        return paragraphs.Count == 0 || LabelledFields.OpensWithLabel(paragraphs[0]) ? null : (heading, paragraphs);
    }

    /// <param name="numbered">Whether the task is the part itself and takes its number; a paragraph under the part's heading takes none.</param>
    private static void EmitTask(IngestContext context, OutlineNode node, string text, IReadOnlyList<UnitBracket> brackets, List<BodyRow> rows, int depth, bool numbered)
    {
        if (brackets.Count >= 2)
        {
            EmitAssignedParts(context, node, text, brackets, rows, depth, numbered);
            return;
        }
        var bracket = brackets.FirstOrDefault();
        var body = bracket is null ? text : text[..bracket.Index] + text[bracket.End..];
        var label = numbered ? node.Label : "";
        var fields = LabelledFields.Split(body);
        if (bracket is null && fields.Units.Length == 0 && fields.Deadline.Length == 0 && ClosingClause.Is(text))
        {
            // 五、本方案自印发之日起施行 is numbered like a task but says how the document applies: the tail's, label and all,
            // wherever the tail itself begins (an attachment of tasks after it keeps it in the body).
            context.Keep(RemainderKind.Note, (numbered ? node.Label + LabelGap(node) : "") + text, new SourceSpan(node.FirstLine, node.LastLine));
            return;
        }
        if (body.Trim().Length == 0 || (bracket is null && fields.Body.Trim().Length == 0))
        {
            context.Warn(node.FirstLine, "part {0} names units but no task; kept as remainder", node.Label);
            context.Keep(RemainderKind.Other, label + text, new SourceSpan(node.FirstLine, node.LastLine));
            return;
        }
        var number = numbered ? node.Marker.Numeral : null;
        if (numbered)
            context.Discard(node.Label.Replace(node.Marker.Numeral, "", StringComparison.Ordinal));
        if (bracket is null && (fields.Units.Length > 0 || fields.Deadline.Length > 0))
        {
            context.Discard(fields.DeadlineRemoved);
            var row = Part(node, depth, fields.Body, fields.Units, number);
            if (fields.Deadline.Length > 0)
                (row.Deadline, row.DeadlineFromText) = (fields.Deadline, false);
            rows.Add(row);
            return;
        }
        if (bracket is null && UnitSentence.Split(body) is { } assigned)
        {
            context.Discard(assigned.Removed);
            rows.Add(Part(node, depth, assigned.Body, assigned.Units, number));
            return;
        }
        rows.Add(Part(node, depth, body, bracket is null ? "" : text.Substring(bracket.Index, bracket.Length), number));
    }

    /// <summary>The white space printed between a label and its text (第二部分 重点任务), kept in a section's title.</summary>
    private static string LabelGap(OutlineNode node) => node.Text[..(node.Text.Length - node.Text.TrimStart().Length)];

    private static void OpenSection(IngestContext context, OutlineNode node, List<BodyRow> rows, string whole)
    {
        // The heading is read after the label and the gap that follows it, which is not the gap that ends a heading.
        var start = whole.Length - whole[node.Label.Length..].TrimStart().Length;
        var heading = Heading().Match(whole[start..]) is { Success: true } m ? whole[..(start + m.Length)] : whole;
        var row = new BodyRow(node.FirstLine) { LastLine = node.LastLine, SectionDepth = node.Depth + 1, InheritsFromRowAbove = false };
        for (var level = 0; level <= node.Depth; level++)
        {
            row.Sections.Add(level == node.Depth ? heading.Trim() : "");
            row.SectionLines.Add(node.FirstLine);
        }
        rows.Add(row);
        context.Keep(RemainderKind.Other, whole[heading.Length..], new SourceSpan(node.FirstLine, node.LastLine));
    }

    // 围绕…做好信息公开。制定…（市规划国土委负责落实）推进…（市发展改革委…分别负责落实）: the opening sentence heads
    // the tasks, each bracket closes one.
    private static void EmitAssignedParts(IngestContext context, OutlineNode node, string text, IReadOnlyList<UnitBracket> brackets, List<BodyRow> rows, int depth, bool numbered)
    {
        var titleEnd = text.IndexOf('。', StringComparison.Ordinal);
        var start = 0;
        if (numbered && titleEnd >= 0 && titleEnd < brackets[0].Index && text[(titleEnd + 1)..brackets[0].Index].Trim().Length > 0)
        {
            OpenSection(context, node, rows, node.Label + LabelGap(node) + text[..(titleEnd + 1)]);
            start = titleEnd + 1;
            depth++;
            numbered = false;
        }
        foreach (var bracket in brackets)
        {
            var part = WithoutStops(context, text[start..bracket.Index]);
            string? number = null;
            if (numbered && part.Trim().Length > 0)
            {
                context.Discard(node.Label.Replace(node.Marker.Numeral, "", StringComparison.Ordinal));
                number = node.Marker.Numeral;
            }
            else if (numbered)
            {
                context.Keep(RemainderKind.Other, node.Label, SourceSpan.Line(node.FirstLine));
            }
            rows.Add(Part(node, depth, part, text.Substring(bracket.Index, bracket.Length), number));
            numbered = false;
            start = bracket.End;
        }
        if (WithoutStops(context, text[start..]).Trim() is { Length: > 0 } rest)
            rows.Add(Part(node, depth, rest, "", null));
    }

    // 一是…（县财政局负责）；二是…（县民政局负责）。: the stop that parts one assigned point from the next, or closes
    // the last, belongs to neither point.
    private static string WithoutStops(IngestContext context, string part)
    {
        var rest = part.TrimStart().TrimStart('；', ';', '，', ',', '。');
        context.Discard(part[..(part.Length - rest.Length)]);
        return rest;
    }

    private static BodyRow Part(OutlineNode node, int depth, string text, string units, string? number)
    {
        var row = new BodyRow(node.FirstLine)
        {
            LastLine = node.LastLine,
            Number = number,
            Unnumbered = number is null,
            SectionDepth = depth,
            InheritsFromRowAbove = false,
            Text = text.Trim(),
            Units = units.Trim(),
        };
        if (DeadlineFinder.InText(row.Text) is { } deadline)
        {
            row.Deadline = deadline;
            row.DeadlineFromText = true;
        }
        return row;
    }

    private static void KeepWhole(IngestContext context, OutlineNode node)
    {
        context.Keep(RemainderKind.Preamble, node.Label + node.Text, new SourceSpan(node.FirstLine, node.LastLine));
        foreach (var child in node.Children)
            KeepWhole(context, child);
    }
}
