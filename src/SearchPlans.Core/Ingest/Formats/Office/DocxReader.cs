using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SearchPlans.Ingest.Formats.Office;

/// <summary>
/// Reads a Word document's body with the Open XML SDK: paragraphs in order, and tables as real tables, a cell spanning
/// columns (gridSpan) or rows (vMerge) holding its text in its first place. Deleted revisions and field codes are
/// not text; headers, footers and footnotes are the page's, not the plan's.
/// </summary>
internal static class DocxReader
{
    public const string FormatName = "Word document (.docx)";

    /// <summary>
    /// The longest part the SDK will load as a tree: a plan's document.xml runs to a few million characters, and the
    /// tree costs some ten times the text in memory.
    /// </summary>
    private const long MaxCharactersInPart = 16L * 1024 * 1024;

    public static ExtractedDocument Read(byte[] content)
    {
        ZipGuard.Check(content, "Word document");
        using var document = Open(content);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new UnreadableDocumentException("the Word document has no body (no word/document.xml)");
        var numbering = new ListNumbering(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
        var blocks = new List<DocumentBlock>();
        foreach (var element in BlockElements(body))
        {
            if (element is Paragraph paragraph)
                blocks.Add(new ParagraphBlock(numbering.Label(paragraph) + ParagraphText(paragraph)));
            else if (element is Table table)
                blocks.Add(ReadTable(table));
        }
        return new ExtractedDocument(FormatName, blocks);
    }

    private static WordprocessingDocument Open(byte[] content)
    {
        try
        {
            // The zip was checked; the SDK's own limit keeps one part's XML from filling memory as a tree.
            return WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new UnreadableDocumentException("the Word document is damaged or not a Word document ({0})", e.Message);
        }
    }

    // Paragraphs and tables in reading order, also inside content controls and custom XML, which wrap them.
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(container.ChildElements.GetEnumerator());
        while (pending.Count > 0)
        {
            var children = pending.Peek();
            if (!children.MoveNext())
            {
                pending.Pop();
                continue;
            }
            switch (children.Current)
            {
                case Paragraph or Table:
                    yield return children.Current;
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    pending.Push(children.Current.ChildElements.GetEnumerator());
                    break;
            }
        }
    }

    private static TableBlock ReadTable(Table table)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat("", before));
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                // vMerge without a value (or "continue") carries on the cell above.
                var continues = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continues ? "" : CellText(cell));
                cells.AddRange(Enumerable.Repeat("", Math.Max(0, span - 1)));
            }
            rows.Add(cells);
        }
        return new TableBlock(rows);
    }

    // A cell's paragraphs on separate lines; a table inside a cell is read into the cell's text, row by row.
    private static string CellText(TableCell cell) =>
        string.Join("\n", cell.Elements().SelectMany(e => e switch
        {
            Paragraph p => [ParagraphText(p)],
            Table nested => nested.Descendants<Paragraph>().Select(ParagraphText),
            _ => e.Descendants<Paragraph>().Select(ParagraphText),
        }).Where(t => t.Length > 0));

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return text.ToString();
    }
}
