using System.Text.RegularExpressions;
using SearchPlans.Ingest.Deadlines;
using SearchPlans.Ingest.Rows;
using SearchPlans.Ingest.Shapes;
using SearchPlans.Ingest.Units;
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
            if (best is { Item1: NumberingStyle.ChineseComma })
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
            foreach (var child in node.Children)
                Emit(context, child, rows, units);
            return;
        }
        var text = node.Text.Trim();
        if (text.Length == 0)
        {
            context.Warn(node.FirstLine, $"part {node.Label} has no text (the file may end here); kept as remainder");
            context.Keep(RemainderKind.Other, node.Label, new SourceSpan(node.FirstLine, node.LastLine));
            return;
        }
        var brackets = UnitBrackets.In(text);
        var before = rows.Count;
        EmitTask(context, node, text, brackets, rows);
        foreach (var row in rows.Skip(before).Where(r => r.Units.Length == 0 && r.Text.Length > 0))
            row.SectionUnits = sectionUnits;
    }

    private static void EmitTask(IngestContext context, OutlineNode node, string text, IReadOnlyList<UnitBracket> brackets, List<BodyRow> rows)
    {
        if (brackets.Count >= 2)
        {
            EmitAssignedParts(context, node, text, brackets, rows);
            return;
        }
        var bracket = brackets.FirstOrDefault();
        var body = bracket is null ? text : text[..bracket.Index] + text[bracket.End..];
        if (body.Trim().Length == 0)
        {
            context.Warn(node.FirstLine, $"part {node.Label} names units but no task; kept as remainder");
            context.Keep(RemainderKind.Other, node.Label + text, new SourceSpan(node.FirstLine, node.LastLine));
            return;
        }
        context.Discard(node.Label.Replace(node.Marker.Numeral, "", StringComparison.Ordinal));
        var fields = LabelledFields.Split(body);
        if (bracket is null && (fields.Units.Length > 0 || fields.Deadline.Length > 0))
        {
            context.Discard(fields.DeadlineLabel);
            var row = Part(node, node.Depth, fields.Body, fields.Units, node.Marker.Numeral);
            if (fields.Deadline.Length > 0)
                (row.Deadline, row.DeadlineFromText) = (fields.Deadline, false);
            rows.Add(row);
            return;
        }
        rows.Add(Part(node, node.Depth, body, bracket is null ? "" : text.Substring(bracket.Index, bracket.Length), node.Marker.Numeral));
    }

    private static void OpenSection(IngestContext context, OutlineNode node, List<BodyRow> rows, string whole)
    {
        var heading = Heading().Match(whole) is { Success: true } m ? whole[..m.Length] : whole;
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
    private static void EmitAssignedParts(IngestContext context, OutlineNode node, string text, IReadOnlyList<UnitBracket> brackets, List<BodyRow> rows)
    {
        var titleEnd = text.IndexOf('。', StringComparison.Ordinal);
        var start = 0;
        var depth = node.Depth;
        if (titleEnd >= 0 && titleEnd < brackets[0].Index && text[(titleEnd + 1)..brackets[0].Index].Trim().Length > 0)
        {
            OpenSection(context, node, rows, node.Label + text[..(titleEnd + 1)]);
            start = titleEnd + 1;
            depth++;
        }
        var numbered = depth == node.Depth;
        foreach (var bracket in brackets)
        {
            var part = text[start..bracket.Index];
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
        if (text[start..].Trim().Length > 0)
            rows.Add(Part(node, depth, text[start..], "", null));
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
