using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>
/// One page's blocks in reading order, top to bottom: each ruled table as a table, its cells' letters read as the
/// cell's paragraphs, and the letters outside tables as paragraphs. The page number printed above or below it
/// (— 3 —, 第3页 共12页) is set apart, so a paragraph the page break cut joins up again.
/// </summary>
internal static partial class PdfPageLayout
{
    [GeneratedRegex(@"^[-—－–‒―~～\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—－–‒―~～\s]*$")]
    private static partial Regex PageNumber();

    /// <returns>The blocks, the page's first and last paragraphs where a page break may cut one in two, and the page number's text.</returns>
    public static (List<DocumentBlock> Blocks, PageParagraph? First, PageParagraph? Last, string? PageNumber) Read(Page page)
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
        var lines = TextLines.Lines(free);
        string? pageNumber = null;
        var top = tables.Count == 0 ? double.MinValue : tables.Max(t => t.Top);
        var bottom = tables.Count == 0 ? double.MaxValue : tables.Min(t => t.Cells.Min(c => c.Bottom));
        foreach (var edge in new[] { lines.LastOrDefault(), lines.FirstOrDefault() })
        {
            if (pageNumber is null && edge is not null && PageNumber().IsMatch(edge.Text) && (edge.Baseline < bottom || edge.Baseline > top))
            {
                pageNumber = edge.Text;
                lines.Remove(edge);
            }
        }
        var paragraphs = TextLines.Paragraphs(lines);
        var placed = paragraphs.Select(p => (p.Top, Block: (DocumentBlock)new ParagraphBlock(p.Text))).ToList();
        placed.AddRange(tables.Select(t => (t.Top, Block: (DocumentBlock)ToBlock(t))));
        var blocks = placed.OrderByDescending(p => p.Top).Select(p => p.Block).ToList();
        // Only a paragraph that opens or closes the page can go on across its break.
        var first = paragraphs.Count > 0 && blocks[0] is ParagraphBlock ? paragraphs[0] : null;
        var last = paragraphs.Count > 0 && blocks[^1] is ParagraphBlock ? paragraphs[^1] : null;
        return (blocks, first, last, pageNumber);
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
