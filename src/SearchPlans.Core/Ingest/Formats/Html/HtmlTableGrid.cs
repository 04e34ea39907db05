using AngleSharp.Html.Dom;
using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// Lays a table's cells on its grid as a browser does: a cell spanning rows (rowspan) or columns (colspan) takes its
/// place in each, its text in the first, so the rows below keep their cells in their columns.
/// </summary>
internal static class HtmlTableGrid
{
    // HTML caps colspan at 1,000 and rowspan at 65,534; a plan's table has some columns and spans a few rows.
    private const int MaxSpan = 1_000;

    private const int MaxColumns = 1_000;

    /// <summary>Places held by cells spanning into later rows, over which a table is refused rather than laid out.</summary>
    private const int MaxSpannedPlaces = 1_000_000;

    public static List<IReadOnlyList<string>> Rows(IHtmlTableElement table, Func<IHtmlTableCellElement, string> cellText)
    {
        var rows = table.Rows.ToList();
        var grid = new List<string?[]>();
        var taken = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string?>();
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (taken.Contains((r, column)))
                    column++;
                var rowSpan = Math.Clamp(cell.RowSpan == 0 ? rows.Count - r : cell.RowSpan, 1, Math.Min(MaxSpan, rows.Count - r));
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                if (column + columnSpan > MaxColumns)
                    throw new UnreadableDocumentException("a table of the page has more than {0} columns; it is not a plan's table", EngineMessage.Figure(MaxColumns));
                if (taken.Count + (long)(rowSpan - 1) * columnSpan > MaxSpannedPlaces)
                    throw new UnreadableDocumentException("a table of the page merges more than {0} cells; it is not a plan's table", EngineMessage.Figure(MaxSpannedPlaces));
                for (var dr = 1; dr < rowSpan; dr++)
                    for (var dc = 0; dc < columnSpan; dc++)
                        taken.Add((r + dr, column + dc));
                Place(cells, column, cellText(cell));
                column += columnSpan;
            }
            grid.Add([.. cells]);
        }
        return [.. grid.Select(row => (IReadOnlyList<string>)[.. row.Select(c => c ?? "")])];
    }

    private static void Place(List<string?> cells, int column, string text)
    {
        while (cells.Count <= column)
            cells.Add(null);
        cells[column] = text;
    }
}
