using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// Writes blocks as a Word document the way an office writes a plan: paragraphs with space after them, tables with
/// ruled borders, cells merged over rows (vMerge) and across columns (gridSpan), rows that do not break across pages,
/// and the page number in the footer.
/// </summary>
internal static class DocxWriter
{
    private const int TableWidth = 9000;

    public static byte[] Write(IEnumerable<DocumentBlock> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in blocks)
            {
                if (block is ParagraphBlock paragraph)
                    body.Append(Paragraph(paragraph.Text));
                else if (block is TableBlock table)
                {
                    body.Append(Table(table.Rows));
                    body.Append(Paragraph(""));
                }
            }
            // The page number in the footer, as offices print it (— 3 —); the document's text holds none.
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = "PAGE" },
                new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
            body.Append(new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text)
    {
        var run = new Run(new RunProperties(new RunFonts { EastAsia = "Noto Sans CJK SC", Ascii = "Liberation Serif" }, new FontSize { Val = "21" }));
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            var pieces = parts[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                    run.Append(new TabChar());
                if (pieces[j].Length > 0)
                    run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }), run);
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    private static Table Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var width = TableWidth / columns;
        var merged = SeedLayout.Continuations(rows);
        var table = new Table(new TableProperties(new TableWidth { Width = TableWidth.ToString(), Type = TableWidthUnitValues.Dxa }, Borders()),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString() })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < rows[r].Count; c++)
            {
                var span = c == rows[r].Count - 1 ? columns - c : 1;
                var properties = new TableCellProperties(new TableCellWidth { Width = (width * span).ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                    properties.Append(new GridSpan { Val = span });
                var continues = merged[r][c];
                var startsMerge = !continues && r + 1 < rows.Count && c < merged[r + 1].Length && merged[r + 1][c];
                if (continues || startsMerge)
                    properties.Append(new VerticalMerge { Val = continues ? MergedCellValues.Continue : MergedCellValues.Restart });
                var cell = new TableCell(properties);
                foreach (var line in continues ? [""] : rows[r][c].Split('\n'))
                    cell.Append(Paragraph(line));
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }
}
