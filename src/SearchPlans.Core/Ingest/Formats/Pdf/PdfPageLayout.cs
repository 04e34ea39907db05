using UglyToad.PdfPig.Content;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>
/// One page's blocks in reading order, top to bottom: each ruled table as a table, its cells' letters read as the
/// cell's paragraphs, and the letters outside tables as paragraphs.
/// </summary>
internal static class PdfPageLayout
{
    public static IEnumerable<DocumentBlock> Read(Page page)
    {
        var tables = RuledTables.Find(page);
        var free = new List<Letter>();
        foreach (var letter in page.Letters)
        {
            var centre = letter.BoundingBox.Centroid;
            var cell = tables.SelectMany(t => t.Cells).FirstOrDefault(c => c.Holds(centre));
            if (cell is null)
                free.Add(letter);
            else
                cell.Letters.Add(letter);
        }
        var placed = TextLines.Paragraphs(TextLines.Lines(free)).Select(p => (p.Top, Block: (DocumentBlock)new ParagraphBlock(p.Text))).ToList();
        placed.AddRange(tables.Select(t => (t.Top, Block: (DocumentBlock)ToBlock(t))));
        return placed.OrderByDescending(p => p.Top).Select(p => p.Block);
    }

    private static TableBlock ToBlock(RuledTable table)
    {
        var rows = Enumerable.Range(0, table.RowCount).Select(_ => new string[table.ColumnCount]).ToList();
        foreach (var cell in table.Cells)
            if (cell.Column >= 0 && cell.Column < table.ColumnCount)
                rows[cell.Row][cell.Column] = string.Join("\n", TextLines.Paragraphs(TextLines.Lines(cell.Letters)).Select(p => p.Text));
        return new TableBlock([.. rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c ?? "")])]);
    }
}
