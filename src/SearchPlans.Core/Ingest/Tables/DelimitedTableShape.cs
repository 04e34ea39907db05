using System.Text.RegularExpressions;
using SearchPlans.Ingest.Rows;
using SearchPlans.Ingest.Shapes;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Tables;

/// <summary>
/// Tables however a web page or converter flattened them: a row per line with cells between <c>|</c>, tabs, HTML
/// cell tags or runs of spaces (merged cells
/// leave a row with only its inner cells, or without its last one), or one cell per line, between lines that hold only
/// <c>|</c> or between blank lines. What each cell is (section, task, units, deadline, row number) is read from its
/// content, so a row that lost a cell is still read right; the header, found by its column names, is kept.
/// </summary>
internal sealed partial class DelimitedTableShape : IPlanShape
{
    // Cells end at | (pipe tables, Markdown), a tab, or an HTML cell's closing tag (<td>…</td> kept with its cell).
    [GeneratedRegex(@"\||\t|(?<=</t[dh]\s*>)", RegexOptions.IgnoreCase)]
    private static partial Regex CellBoundary();

    private const int HeaderCellsNeeded = 2;

    public string Name => "delimited table";

    public int? FindBodyStart(SourceText source)
    {
        for (var line = 1; line <= source.LineCount; line++)
        {
            if (source.IsBlank(line) || IsSeparatorLine(source[line]))
                continue;
            if (HeaderRunFrom(source, line) >= HeaderCellsNeeded && DataCellsAfter(source, line) >= 2)
                return line;
        }
        return FirstTaskTableRow(source);
    }

    /// <summary>
    /// A table the document holds as a table needs no header: it is the body where its rows read as tasks, a task
    /// beside its units or deadline in two rows or more. A table of page fields (索引号, 发布时间) has none.
    /// </summary>
    private static int? FirstTaskTableRow(SourceText source)
    {
        var taskRows = source.TableRows.Order().Where(line => IsTaskRow(Cells(source, line).Select(Plain).ToList())).Take(2).ToList();
        return taskRows.Count < 2 ? null : FirstOfItsTable(source, taskRows[0]);
    }

    private static bool IsTaskRow(List<string> cells)
    {
        var kinds = cells.SelectMany(CellClassifier.Parts).Select((c, i) => CellClassifier.Classify(c, i > 0)).ToList();
        return kinds.Contains(CellKind.Text) && (kinds.Contains(CellKind.Units) || kinds.Contains(CellKind.Deadline));
    }

    // The body's first row: the rows of its table before it, back to one of a single cell that is no numbered heading
    // (a sheet's title row merged across the table).
    private static int FirstOfItsTable(SourceText source, int row)
    {
        while (source.TableRows.Contains(row - 1) && Cells(source, row - 1).Select(Plain).Where(c => c.Length > 0).ToList() is var cells
            && (cells.Count >= 2 || cells.Count == 1 && Outline.NumberingMarkers.AtStart(cells[0]) is not null))
            row--;
        return row;
    }

    public IReadOnlyList<BodyRow> ReadBody(IngestContext context, int firstLine, int lastLine)
    {
        var rowPerLine = Enumerable.Range(firstLine, lastLine - firstLine + 1)
            .Count(l => !IsSeparatorLine(context.Source[l]) && Cells(context.Source, l).Count(c => Plain(c).Length > 0) >= 2) >= 2;
        return rowPerLine ? ReadRows(context, firstLine, lastLine) : new CellStreamReader(context).Read(StreamCells(context, firstLine, lastLine));
    }

    private static List<BodyRow> ReadRows(IngestContext context, int firstLine, int lastLine)
    {
        var rows = new List<BodyRow>();
        var inHeader = true;
        var headerCells = 0;
        List<string>? header = null;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var raw = context.Source[line];
            if (string.IsNullOrWhiteSpace(raw))
                continue;
            if (!context.Source.TableRows.Contains(line))
            {
                DiscardPipes(context, raw);
                if (IsSeparatorLine(raw))
                    continue;
            }
            var gridCells = Cells(context.Source, line).Select(c => context.Strip(c).Trim()).ToList();
            var cells = Trimmed([.. gridCells]);
            var named = cells.Count(c => c.Length > 0);
            var isHeader = named >= HeaderCellsNeeded ? HeaderCell.IsHeaderRow(cells)
                : cells.Count > 0 && inHeader && cells.All(c => c.Length == 0 || HeaderCell.Looks(c));
            if (isHeader || (inHeader && headerCells > 0 && IsWrappedHeaderLine(cells, headerCells)))
            {
                context.Keep(RemainderKind.TableHeader, string.Join(' ', cells.Where(c => c.Length > 0)), SourceSpan.Line(line));
                headerCells = Math.Max(headerCells, named);
                if (isHeader)
                    header = header is null ? gridCells : Refined(header, gridCells);
                continue;
            }
            inHeader = false;
            // A document's own table keeps every row on its grid, but for the empty cells it ends with; pipes keep a
            // row on the header's grid only when it has as many cells.
            var onGrid = header is not null && (gridCells.Count == header.Count || (context.Source.TableRows.Contains(line) && gridCells.Count < header.Count));
            if (onGrid && KeepRemarks(context, header!, gridCells, line))
                cells = Trimmed([.. gridCells]);
            if (TableRow.Read(context, cells, line) is { } row)
            {
                if (onGrid)
                    MarkLeads(header!, gridCells, row);
                if (row.Text.Length == 0 && rows.Count > 0 && rows[^1].Units.Length == 0 && row.Units.Length > 0 && row.Sections.Count == 0)
                    (rows[^1].Units, rows[^1].LastLine) = (row.Units, line); // a unit cell a page break pushed to a line of its own
                else
                    rows.Add(row);
            }
        }
        return rows;
    }

    // A second header row names the parts of a column the first spans (责任单位 over 牵头单位 | 配合单位): the finer
    // name says what a column holds.
    private static List<string> Refined(List<string> header, List<string> next) =>
        [.. Enumerable.Range(0, Math.Max(header.Count, next.Count)).Select(i => i < next.Count && next[i].Length > 0 ? next[i] : i < header.Count ? header[i] : "")];

    // The units under a column the header names 牵头 lead.
    private static void MarkLeads(List<string> header, List<string> cells, BodyRow row)
    {
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Length > 0 && Shapes.TableHeader.NamesLead(header[i]) && row.Units.Contains(cells[i], StringComparison.Ordinal))
                row.LeadUnits += (row.LeadUnits.Length > 0 ? "\n" : "") + cells[i];
    }

    // Where the header says a column holds remarks (备注), its cells are kept as notes, never taken into the task's text.
    private static bool KeepRemarks(IngestContext context, List<string> header, List<string> cells, int line)
    {
        var kept = false;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > 0 && HeaderCell.IsRemarks(header[i]))
            {
                context.Keep(RemainderKind.Note, cells[i], SourceSpan.Line(line));
                cells[i] = "";
                kept = true;
            }
        }
        return kept;
    }

    private static List<(string Text, int FirstLine, int LastLine)> StreamCells(IngestContext context, int firstLine, int lastLine)
    {
        var cells = new List<(string Text, int FirstLine, int LastLine)>();
        var open = false;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var raw = context.Source[line];
            if (string.IsNullOrWhiteSpace(raw) || IsSeparatorLine(raw))
            {
                DiscardPipes(context, raw);
                open = false;
                continue;
            }
            var text = context.Strip(raw).Trim();
            if (open)
                cells[^1] = (cells[^1].Text + "\n" + text, cells[^1].FirstLine, line);
            else
                cells.Add((text, line, line));
            open = true;
        }
        return cells;
    }

    /// <summary>How many column names follow one another from a line, across <c>|</c> and blank lines.</summary>
    private static int HeaderRunFrom(SourceText source, int line)
    {
        var count = 0;
        for (var l = line; l <= source.LineCount; l++)
        {
            if (source.IsBlank(l) || IsSeparatorLine(source[l]))
                continue;
            var cells = Cells(source, l).Select(Plain).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0 || !(cells.Count == 1 ? HeaderCell.Looks(cells[0]) : HeaderCell.IsHeaderRow(cells)))
                return count;
            count += cells.Count;
        }
        return count;
    }

    /// <summary>
    /// The rest of header cells that wrapped onto the next line (责任 / 单位, 完成 / 时限): fewer cells than the header
    /// line, each a short fragment of a name. A data row has a cell for every column, or text longer than a name.
    /// </summary>
    private static bool IsWrappedHeaderLine(List<string> cells, int headerCells)
    {
        var named = cells.Where(c => c.Length > 0).ToList();
        return named.Count > 0 && named.Count < headerCells && named.All(c => c.Length <= WrappedNamePart && NameFragment().IsMatch(c));
    }

    private const int WrappedNamePart = 4;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+$")]
    private static partial Regex NameFragment();

    private static int DataCellsAfter(SourceText source, int line)
    {
        var data = 0;
        for (var l = line; l <= source.LineCount && data < 2; l++)
            data += Cells(source, l).Select(Plain).Count(c => c.Length > 0 && !HeaderCell.Looks(c));
        return data;
    }

    // A row of the document's own table is split only at its tabs: a | or </td> in a cell is the cell's text.
    private static string[] Cells(SourceText source, int line) =>
        source.TableRows.Contains(line) ? source[line].Split('\t') : Cells(source[line]);

    // PDF text keeps a table's columns apart with runs of spaces (序号    工作任务    责任单位); a line with no other
    // delimiter is split there. One space stays inside a cell: PDF text spaces words apart too.
    [GeneratedRegex(@"(?:[ \u00A0]{2,}|\u3000)+")]
    private static partial Regex SpaceRun();

    private static string[] Cells(string line)
    {
        var cells = CellBoundary().Split(line);
        return cells.Length > 1 ? cells : SpaceRun().Split(line.Trim());
    }

    // Most cells hold no markup; only those that may are given to the Markdown reader, which costs far more.
    private static string Plain(string cell) =>
        cell.AsSpan().IndexOfAny("<>*_#`[&") < 0 ? cell.Trim() : Markup.MarkupStripper.Strip(cell).Text.Trim();

    // Border pipes leave empty cells at both ends; inner empty cells stand for a merged column and stay.
    private static List<string> Trimmed(List<string> cells)
    {
        while (cells.Count > 0 && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        while (cells.Count > 0 && cells[0].Length == 0)
            cells.RemoveAt(0);
        return cells;
    }

    // | alone between cells, or a Markdown table's rule |---|:--:|.
    private static bool IsSeparatorLine(string line) => line.Trim() is { Length: > 0 } t && t.Contains('|')
        && t.All(c => c is '|' or '-' or ':' || char.IsWhiteSpace(c));

    private static void DiscardPipes(IngestContext context, string line) =>
        context.Discard(IsSeparatorLine(line) ? line.Trim() : new string('|', line.Count(c => c == '|')));
}
