using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// A table flattened to one cell per line (Conghua): each cell starts with a tab, a line without one continues
/// the cell above, and a blank line ends a row. Section headings (一、 / （一）) come as cells of their own
/// before the task; then the task, the criteria and the unit cells follow in the header's order.
/// </summary>
internal sealed class CellPerLineShape : IPlanShape
{
    public string Name => "one cell per line";

    public int? FindBodyStart(SourceText source)
    {
        int? first = null;
        var cellLines = 0;
        var tabRows = 0;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source[line];
            if (text.StartsWith('\t') && !text[1..].Contains('\t'))
            {
                cellLines++;
                first ??= line;
            }
            else if (text.Count(c => c == '\t') >= 2)
            {
                tabRows++;
            }
        }
        return cellLines >= 10 && cellLines > 3 * tabRows ? first : null;
    }

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        var rows = new List<BodyRow>();
        ColumnRole[] roles = [ColumnRole.Text, ColumnRole.Criteria, ColumnRole.Units];
        var headerCells = new List<string>();
        foreach (var block in Blocks(context, firstLine, lastLine))
        {
            var cells = block;
            var header = cells.Where(c => TableHeader.IsHeaderCell(c.Text)).ToList();
            if (header.Count > 0 && header.Count == cells.Count(c => c.Text.Length > 0))
            {
                foreach (var cell in header)
                    context.Keep(RemainderKind.TableHeader, cell.Text, new SourceSpan(cell.FirstLine, cell.LastLine));
                headerCells.AddRange(header.Select(c => c.Text));
                if (headerCells.Count >= 2)
                    roles = HeaderRoles(headerCells);
                continue;
            }
            if (ReadRow(context, cells, roles) is { } row)
                rows.Add(row);
        }
        return rows;
    }

    private static ColumnRole[] HeaderRoles(List<string> header)
    {
        var roles = TableHeader.Roles(header).Where(r => r is not (ColumnRole.Section or ColumnRole.Ignored or ColumnRole.Number)).ToArray();
        return roles.Contains(ColumnRole.Text) ? roles : [ColumnRole.Text, ColumnRole.Criteria, ColumnRole.Units];
    }

    private static BodyRow? ReadRow(IngestContext context, List<Cell> cells, ColumnRole[] roles)
    {
        // Leading blank cells stand for the empty section column of the original table.
        var i = 0;
        while (i < cells.Count && cells[i].Text.Length == 0)
            i++;
        if (i == cells.Count)
            return null;

        var row = new BodyRow(cells[i].FirstLine);
        for (; i < cells.Count && SectionOrdinal.LevelOf(cells[i].Text) is { } level; i++)
        {
            while (row.Sections.Count <= level)
            {
                row.Sections.Add("");
                row.SectionLines.Add(cells[i].FirstLine);
            }
            if (row.Sections[level].Length > 0)
            {
                // Two headings of one level in a row: the first heads no task here; keep it rather than overwrite it.
                context.Warn(row.SectionLines[level], "heading \"{0}\" has no task before the next heading of its level; kept as remainder", row.Sections[level]);
                context.Keep(RemainderKind.Other, row.Sections[level], SourceSpan.Line(row.SectionLines[level]));
            }
            row.Sections[level] = cells[i].Text;
            row.SectionLines[level] = cells[i].FirstLine;
        }

        var rest = cells.Skip(i).ToList();
        if (rest.Count > roles.Length)
        {
            context.Warn(rest[roles.Length].FirstLine, "row has {0} cells for {1} columns; the extra cells are appended to the last column", rest.Count, roles.Length);
            rest[roles.Length - 1] = rest[roles.Length - 1] with { Text = string.Join("\n", rest.Skip(roles.Length - 1).Select(c => c.Text)) };
            rest = rest.Take(roles.Length).ToList();
        }
        for (var k = 0; k < rest.Count; k++)
        {
            var cell = rest[k];
            switch (roles[k])
            {
                case ColumnRole.Text:
                    row.Text = cell.Text.Replace("\n", "", StringComparison.Ordinal);
                    break;
                case ColumnRole.Criteria:
                    row.Criteria.AddRange(CriteriaItems(cell.Text));
                    break;
                case ColumnRole.Units:
                    row.Units = cell.Text.Replace("\n", "", StringComparison.Ordinal);
                    break;
                case ColumnRole.Deadline:
                    row.Deadline = cell.Text.Replace("\n", "", StringComparison.Ordinal);
                    break;
            }
            row.LastLine = Math.Max(row.LastLine, cell.LastLine);
        }
        if (row.Text.Length == 0 && rest.Count > 0)
            context.Keep(RemainderKind.Other, string.Join("\n", rest.Select(c => c.Text)), new SourceSpan(row.FirstLine, row.LastLine));
        return row;
    }

    // Criteria are themselves numbered ("1.评价… 2.评价…"), one item per line; unnumbered lines continue the item above.
    private static IEnumerable<string> CriteriaItems(string cell)
    {
        var items = new List<string>();
        foreach (var line in cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (items.Count == 0 || ItemLabel.StartsWithLabel(line))
                items.Add(line);
            else
                items[^1] += line;
        }
        return items;
    }

    private static IEnumerable<List<Cell>> Blocks(IngestContext context, int firstLine, int lastLine)
    {
        var block = new List<Cell>();
        for (var line = firstLine; line <= lastLine; line++)
        {
            var raw = context.Source[line];
            if (string.IsNullOrWhiteSpace(raw) && !raw.StartsWith('\t'))
            {
                if (block.Count > 0)
                    yield return block;
                block = [];
            }
            else if (raw.StartsWith('\t') || block.Count == 0)
            {
                block.Add(new Cell(context.Strip(raw.TrimStart('\t')).Trim(), line, line));
            }
            else
            {
                var last = block[^1];
                block[^1] = last with { Text = last.Text + "\n" + context.Strip(raw).Trim(), LastLine = line };
            }
        }
        if (block.Count > 0)
            yield return block;
    }

    private sealed record Cell(string Text, int FirstLine, int LastLine);
}
