using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// Tab-separated tables (Heyuan, Jiangmen, Zhanjiang): one row per line, the header row repeated at page breaks,
/// blank cells inheriting the row above, cells cut by a page break continued on the next row.
/// </summary>
internal sealed class TabTableShape : IPlanShape
{
    public string Name => "tab-separated table";

    public int? FindBodyStart(SourceText source)
    {
        for (var line = 1; line <= source.LineCount; line++)
            // A header without a task column (序号\t落实单位) is left to the reader that places cells by content, and so
            // is a document's own table that numbers its rows (序号): its grid holds, and that reader also reads the
            // section rows a page or sheet spans across it.
            if (source[line].Contains('\t') && TableHeader.IsHeaderRow(source[line].Split('\t'))
                && TableHeader.Roles(source[line].Split('\t')).Contains(ColumnRole.Text)
                && !(source.TableRows.Contains(line) && TableHeader.NumbersRows(source[line].Split('\t'))))
                return line;
        return null;
    }

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        var header = context.Source[firstLine].Split('\t');
        var roles = TableHeader.Roles(header);
        var leads = header.Select(TableHeader.NamesLead).ToArray();
        var rows = new List<BodyRow>();
        var afterBreak = false;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var raw = context.Source[line];
            if (string.IsNullOrWhiteSpace(raw))
            {
                afterBreak = true;
                continue;
            }
            var rawCells = raw.Split('\t');
            if (TableHeader.IsHeaderRow(rawCells))
            {
                context.Keep(RemainderKind.TableHeader, string.Join(' ', rawCells.Where(c => c.Trim().Length > 0)), SourceSpan.Line(line));
                afterBreak = true;
                continue;
            }
            var first = line;
            if (line < lastLine && BrokenInsideACell(rawCells, context.Source[line + 1].Split('\t'), roles.Length) is { } joined)
                (rawCells, line) = (joined, line + 1);
            var cells = ReadCells(context, rawCells, roles, first);
            var previous = rows.Count > 0 ? rows[^1] : null;
            if (previous is not null && IsContinuation(cells, roles, previous, afterBreak))
                Continue(previous, cells, roles, leads, line);
            else
                rows.Add(NewRow(cells, roles, leads, first));
            rows[^1].LastLine = line;
            afterBreak = false;
        }
        return rows;
    }

    /// <summary>
    /// A row a hard line break cut inside a cell, as text copied from a PDF prints it (3\t公开…接受社会 / 监督。\t区发改委…):
    /// the line ends short of the header's columns in a cell that ends no sentence, and the next line holds exactly
    /// the rest, its first cell the cell's end. Null when the lines are two rows.
    /// </summary>
    private static string[]? BrokenInsideACell(string[] cells, string[] next, int columns)
    {
        if (cells.Length >= columns || next.Length < 2 || cells.Length + next.Length - 1 != columns
            || cells[^1].Trim().Length == 0 || SentenceEnd.IsComplete(cells[^1].Trim()) || next[0].Trim().Length == 0
            || ItemLabel.StartsWithLabel(next[0].Trim()) || TableHeader.IsHeaderRow(next))
            return null;
        return [.. cells[..^1], cells[^1].TrimEnd() + next[0].TrimStart(), .. next[1..]];
    }

    private static string[] ReadCells(IngestContext context, string[] rawCells, ColumnRole[] roles, int line)
    {
        var cells = new string[Math.Max(roles.Length, rawCells.Length)];
        for (var i = 0; i < cells.Length; i++)
            cells[i] = i < rawCells.Length ? context.Strip(rawCells[i]).Trim() : "";

        var text = Array.IndexOf(roles, ColumnRole.Text);
        if (cells.Length > roles.Length)
        {
            // More cells than header columns: the extras hold text that belongs to the row; keep it in the requirement.
            var extra = string.Join("", cells[roles.Length..]);
            if (extra.Length > 0)
            {
                context.Warn(line, "row has {0} cells for {1} columns; the extra text is appended to the requirement", cells.Length, roles.Length);
                cells[text] += extra;
            }
            cells = cells[..roles.Length];
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (roles[i] == ColumnRole.Ignored && cells[i].Length > 0)
            {
                context.Keep(RemainderKind.Other, cells[i], SourceSpan.Line(line));
                cells[i] = "";
            }
        }

        if (cells[text].Length == 0)
        {
            // Converters sometimes put a row's numbered item into the section column (Heyuan items 14, 20, 34).
            var misplaced = Array.FindIndex(cells, c => ItemLabel.StartsWithLabel(c));
            if (misplaced >= 0)
            {
                ItemLabel.TryRead(cells[misplaced], out var number, out _, out _);
                context.Warn(line, "item {0} is printed in column {1}; read as the requirement text", number, misplaced + 1);
                cells[text] = cells[misplaced];
                cells[misplaced] = "";
            }
        }
        // The 序号 cell numbers the row's task; one that is no number, or numbers no task, is kept as it is.
        var numberColumn = Array.IndexOf(roles, ColumnRole.Number);
        if (numberColumn >= 0 && cells[numberColumn].Length > 0 && (!cells[numberColumn].All(char.IsAsciiDigit) || cells[text].Length == 0))
        {
            context.Keep(RemainderKind.Other, cells[numberColumn], SourceSpan.Line(line));
            cells[numberColumn] = "";
        }
        return cells;
    }

    private static bool IsContinuation(string[] cells, ColumnRole[] roles, BodyRow previous, bool afterBreak)
    {
        var text = cells[Array.IndexOf(roles, ColumnRole.Text)];
        if (roles.Select((r, i) => r == ColumnRole.Number && cells[i].Length > 0).Any(b => b))
            return false;
        var sectionsBlank = roles.Select((r, i) => r != ColumnRole.Section || cells[i].Length == 0).All(b => b);
        if (text.Length == 0)
            return afterBreak && sectionsBlank;
        return !ItemLabel.StartsWithLabel(text) && !SentenceEnd.IsComplete(previous.Text) && (afterBreak || sectionsBlank);
    }

    private static void Continue(BodyRow row, string[] cells, ColumnRole[] roles, bool[] leads, int line)
    {
        var level = 0;
        for (var i = 0; i < roles.Length; i++)
        {
            var cell = cells[i];
            switch (roles[i])
            {
                case ColumnRole.Section:
                    if (cell.Length > 0)
                        row.SectionExtensions.Add((level, cell, line));
                    level++;
                    break;
                case ColumnRole.Text:
                    row.Text += cell;
                    break;
                case ColumnRole.Units:
                    row.Units += cell;
                    if (leads[i])
                        row.LeadUnits += cell;
                    break;
                case ColumnRole.Deadline:
                    row.Deadline += cell;
                    break;
                case ColumnRole.Criteria when cell.Length > 0:
                    row.Criteria.Add(cell);
                    break;
            }
        }
        row.LastLine = line;
    }

    private static BodyRow NewRow(string[] cells, ColumnRole[] roles, bool[] leads, int line)
    {
        var number = Array.IndexOf(roles, ColumnRole.Number) is var n and >= 0 && cells[n].Length > 0 ? cells[n] : null;
        var row = new BodyRow(line) { Number = number };
        for (var i = 0; i < roles.Length; i++)
        {
            switch (roles[i])
            {
                case ColumnRole.Section:
                    row.Sections.Add(cells[i]);
                    row.SectionLines.Add(line);
                    break;
                case ColumnRole.Text:
                    row.Text = cells[i];
                    break;
                case ColumnRole.Units:
                    // A second units column (配合单位 beside 牵头单位) starts a line of its own.
                    row.Units = row.Units.Length == 0 || cells[i].Length == 0 ? row.Units + cells[i] : row.Units + "\n" + cells[i];
                    if (leads[i])
                        row.LeadUnits = cells[i];
                    break;
                case ColumnRole.Deadline:
                    row.Deadline = cells[i];
                    break;
                case ColumnRole.Criteria when cells[i].Length > 0:
                    row.Criteria.Add(cells[i]);
                    break;
            }
        }
        return row;
    }
}
