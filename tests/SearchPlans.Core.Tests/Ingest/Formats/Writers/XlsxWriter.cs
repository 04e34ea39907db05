using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// Writes blocks as a 分工方案 spreadsheet: a row per table row, a paragraph as a row merged across the table's width
/// (the title above the table), a cell merged over the rows its blank cells below continue.
/// </summary>
internal static class XlsxWriter
{
    public static byte[] Write(IEnumerable<DocumentBlock> blocks)
    {
        var rows = new List<IReadOnlyList<string>>();
        var tables = new List<(int First, IReadOnlyList<IReadOnlyList<string>> Rows)>();
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock paragraph)
                rows.Add([paragraph.Text]);
            else if (block is TableBlock table)
            {
                tables.Add((rows.Count, table.Rows));
                rows.AddRange(table.Rows);
            }
        }
        var columns = rows.Max(r => r.Count);
        var merges = new List<string>();
        foreach (var (first, tableRows) in tables)
        {
            var merged = SeedLayout.Continuations(tableRows);
            for (var r = 0; r < tableRows.Count; r++)
                for (var c = 0; c < tableRows[r].Count; c++)
                {
                    if (merged[r][c] || r + 1 >= tableRows.Count || c >= merged[r + 1].Length || !merged[r + 1][c])
                        continue;
                    var span = 1;
                    while (r + span < tableRows.Count && c < merged[r + span].Length && merged[r + span][c])
                        span++;
                    merges.Add($"{Column(c)}{first + r + 1}:{Column(c)}{first + r + span}");
                }
        }
        for (var r = 0; r < rows.Count; r++)
            if (rows[r].Count == 1 && columns > 1 && !tables.Any(t => r >= t.First && r < t.First + t.Rows.Count))
                merges.Add($"A{r + 1}:{Column(columns - 1)}{r + 1}");

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                    if (rows[r][c].Length > 0)
                        row.Append(new Cell { CellReference = $"{Column(c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }) });
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merges.Count > 0)
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "分工方案" }));
        }
        return stream.ToArray();
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();
}
