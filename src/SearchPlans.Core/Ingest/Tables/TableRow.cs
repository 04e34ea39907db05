using SearchPlans.Ingest.Outline;
using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Tables;

/// <summary>
/// One line's cells as a body row, each cell placed by what it holds: section headings (一、/（一）) before the task,
/// the task cells (a short task and its detail are read as one text), units, a deadline after the task, a row number.
/// </summary>
internal static class TableRow
{
    public static BodyRow? Read(IngestContext context, List<string> cells, int line)
    {
        var row = new BodyRow(line);
        var texts = new List<string>();
        string? number = null;
        foreach (var cell in cells.SelectMany(CellClassifier.Parts))
        {
            switch (CellClassifier.Classify(cell, texts.Count > 0))
            {
                // The row number may follow a merged category column (类别 | 序号 | 工作任务).
                case CellKind.Number when number is null && (texts.Count == 0 || (texts.Count == 1 && CellClassifier.IsShortTitle(texts[0]))):
                    number = cell;
                    break;
                case CellKind.Section when texts.Count == 0:
                    var level = NumberingMarkers.AtStart(cell)!.Style == NumberingStyle.ChineseComma ? 0 : 1;
                    while (row.Sections.Count <= level)
                    {
                        row.Sections.Add("");
                        row.SectionLines.Add(line);
                    }
                    if (row.Sections[level].Length > 0)
                    {
                        // Two headings of one level in one row: the first heads nothing here; keep it, never overwrite it.
                        context.Warn(line, "heading \"{0}\" has no task before the next heading of its level; kept as remainder", row.Sections[level]);
                        context.Keep(RemainderKind.Other, row.Sections[level], SourceSpan.Line(line));
                    }
                    row.Sections[level] = cell;
                    break;
                case CellKind.Units:
                    row.Units = row.Units.Length == 0 ? cell : row.Units + "\n" + cell;
                    break;
                case CellKind.Deadline when row.Deadline.Length == 0:
                    row.Deadline = cell;
                    break;
                case CellKind.Blank:
                    break;
                default:
                    texts.Add(cell);
                    break;
            }
        }
        // A cell that ends no sentence before one that does heads it: the merged section column of a table that
        // numbers nothing (深化行政规章集中公开 | 依托政府信息公开平台…。). Otherwise the cells are one task in two parts
        // (做好常态化疫情防控信息发布 | 重点围绕散发疫情…发布权威信息).
        if (texts.Count >= 2 && row.Sections.Count == 0 && !SentenceEnd.IsComplete(texts[0]) && SentenceEnd.IsComplete(texts[^1]))
        {
            row.Sections.Add(texts[0]);
            row.SectionLines.Add(line);
            texts.RemoveAt(0);
        }
        row.Text = string.Join(" ", texts);
        if (number is not null)
        {
            if (ItemLabel.StartsWithLabel(row.Text) || row.Text.Length == 0)
                context.Keep(RemainderKind.Other, number, SourceSpan.Line(line));
            else
                return Numbered(row, number);
        }
        return row.Text.Length == 0 && row.Units.Length == 0 && row.Deadline.Length == 0 && row.Sections.Count == 0 ? null : row;
    }

    // The row number of a 序号 column is the item's number; the text is one item and is not split at digits.
    private static BodyRow Numbered(BodyRow row, string number)
    {
        var numbered = new BodyRow(row.FirstLine) { Number = number, Text = row.Text, Units = row.Units, Deadline = row.Deadline, LastLine = row.LastLine };
        numbered.Sections.AddRange(row.Sections);
        numbered.SectionLines.AddRange(row.SectionLines);
        return numbered;
    }
}
