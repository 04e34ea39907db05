using UglyToad.PdfPig.Content;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>
/// One page's blocks in reading order, top to bottom: each ruled table as a table, its cells' letters read as the
/// cell's paragraphs, and the letters outside tables as paragraphs.
/// </summary>
internal static class PdfPageLayout
{
    /// <returns>The blocks, and the page's first and last paragraphs where a page break may cut one in two.</returns>
    public static (List<DocumentBlock> Blocks, PageParagraph? First, PageParagraph? Last) Read(Page page)
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
        var paragraphs = TextLines.Paragraphs(TextLines.Lines(free));
        var placed = paragraphs.Select(p => (p.Top, Block: (DocumentBlock)new ParagraphBlock(p.Text))).ToList();
        placed.AddRange(tables.Select(t => (t.Top, Block: (DocumentBlock)ToBlock(t))));
        var blocks = placed.OrderByDescending(p => p.Top).Select(p => p.Block).ToList();
        // Only a paragraph that opens or closes the page can go on across its break.
        var first = paragraphs.Count > 0 && blocks[0] is ParagraphBlock ? paragraphs[0] : null;
        var last = paragraphs.Count > 0 && blocks[^1] is ParagraphBlock ? paragraphs[^1] : null;
        return (blocks, first, last);
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
