using SearchPlans.Ingest.Outline;
using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Tables;

/// <summary>
/// A table flattened to one cell per line, with no row ends: the rows are found from what the cells hold. A task
/// opens a row, the units and deadline after it close it; a short title before a task is the merged section cell. In
/// a table with a units column, tasks that follow one another without units are paragraphs of one cell ((1)… (2)…),
/// so they share the units that follow. Without row ends a blank cell cannot be told from a missing one, so a task
/// without units names none rather than taking the units of the task before it.
/// </summary>
internal sealed class CellStreamReader(IngestContext context)
{
    private readonly List<BodyRow> rows = [];
    private BodyRow? current;

    public List<BodyRow> Read(List<(string Text, int FirstLine, int LastLine)> cells)
    {
        var inHeader = true;
        var hasUnits = cells.Any(c => CellClassifier.Classify(c.Text, true) == CellKind.Units);
        for (var i = 0; i < cells.Count; i++)
        {
            var (text, first, last) = cells[i];
            if (inHeader && HeaderCell.Looks(text))
            {
                context.Keep(RemainderKind.TableHeader, text, new SourceSpan(first, last));
                continue;
            }
            inHeader = false;
            // A deadline closes a row: once the row has one, a cell that opens with a date is the next task.
            var kind = CellClassifier.Classify(text, current is { Text.Length: > 0, Deadline.Length: 0 });
            if (kind == CellKind.Text && CellClassifier.IsShortTitle(text) && i + 1 < cells.Count
                && CellClassifier.Classify(cells[i + 1].Text, true) is CellKind.Text or CellKind.Section)
                kind = CellKind.Section;
            Take(kind, text, first, last, hasUnits);
        }
        // A row number no cell of the task followed (the table cut after it) numbers nothing: it is kept as it is.
        foreach (var bare in rows.Where(r => r is { Number: { } n, Text.Length: 0, Units.Length: 0, Deadline.Length: 0, Sections.Count: 0 } && n.Length > 0).ToList())
        {
            context.Keep(RemainderKind.Other, bare.Number!, new SourceSpan(bare.FirstLine, bare.LastLine));
            rows.Remove(bare);
        }
        return rows;
    }

    private void Take(CellKind kind, string text, int first, int last, bool hasUnits)
    {
        switch (kind)
        {
            case CellKind.Section:
                current = null;
                var marker = NumberingMarkers.AtStart(text);
                var level = marker?.Style == NumberingStyle.ChineseBracket ? 1 : 0;
                var heading = new BodyRow(first) { LastLine = last };
                for (var l = 0; l <= level; l++)
                {
                    heading.Sections.Add(l == level ? text : "");
                    heading.SectionLines.Add(first);
                }
                rows.Add(heading);
                break;
            case CellKind.Number:
                current = new BodyRow(first) { Number = text, LastLine = last, InheritsFromRowAbove = false };
                rows.Add(current);
                break;
            case CellKind.Units when current is not null:
                current.Units = current.Units.Length == 0 ? text : current.Units + "\n" + text;
                current.LastLine = last;
                break;
            case CellKind.Deadline when current is not null && current.Deadline.Length == 0:
                current.Deadline = text;
                current.LastLine = last;
                break;
            case CellKind.Units or CellKind.Deadline:
                context.Warn(first, "cell \"{0}\" has no task before it; kept as remainder", text);
                context.Keep(RemainderKind.Other, text, new SourceSpan(first, last));
                break;
            default:
                if (current is { Units.Length: 0, Deadline.Length: 0 } && (current.Text.Length == 0 || hasUnits))
                {
                    current.Text = current.Text.Length == 0 ? text : current.Text + "\n" + text;
                    current.LastLine = last;
                }
                else
                {
                    current = new BodyRow(first) { Text = text, LastLine = last, InheritsFromRowAbove = false };
                    rows.Add(current);
                }
                break;
        }
    }
}
