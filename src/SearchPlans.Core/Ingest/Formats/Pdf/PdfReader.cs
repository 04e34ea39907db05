using SearchPlans.Localization;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig, page by page: tables drawn with ruled cells as tables, the rest as lines
/// joined into paragraphs. A PDF with no text layer is a scan, which is named as such (there is no OCR); one that needs
/// a password to open is refused with that reason.
/// </summary>
internal static class PdfReader
{
    public const string FormatName = "PDF";

    /// <summary>A plan runs to some tens of pages; a PDF of thousands is a book, and reading it would take minutes.</summary>
    public const int MaxPages = 1_000;

    public static ExtractedDocument Read(byte[] content)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("the PDF is protected by a password; open it with the password and save or print it without one, then give that copy");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException("the PDF is damaged or not a PDF ({0})", e.Message);
        }
        using (document)
        {
            if (document.NumberOfPages > MaxPages)
                throw new UnreadableDocumentException("the PDF has {0} pages, over the {1} a plan may have", EngineMessage.Figure(document.NumberOfPages), EngineMessage.Figure(MaxPages));
            var blocks = new List<DocumentBlock>();
            var pageNumbers = new List<string>();
            var letters = 0;
            PageParagraph? lastOfPage = null;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                var (pageBlocks, first, last, pageNumber) = PdfPageLayout.Read(page);
                if (pageNumber is not null)
                    pageNumbers.Add(pageNumber);
                // A paragraph the page break cut: the page before ended on a full line and this one opens without an indent.
                if (lastOfPage is { RunsOn: true } && first is { Indented: false } && blocks.Count > 0 && blocks[^1] is ParagraphBlock cut)
                {
                    var joined = new System.Text.StringBuilder(cut.Text);
                    TextLines.Join(joined, first.Text);
                    blocks[^1] = new ParagraphBlock(joined.ToString());
                    pageBlocks.RemoveAt(0);
                }
                blocks.AddRange(pageBlocks);
                lastOfPage = last;
            }
            if (letters == 0 || blocks.Count == 0)
                throw new UnreadableDocumentException("the PDF has no text layer: it is a scan ({0} page images), and scans are not read (there is no OCR); find the plan as text, Word or a web page, or have it recognised first", document.NumberOfPages);
            return new ExtractedDocument(FormatName, blocks) { Chrome = pageNumbers.Count == 0 ? [] : [string.Join(" ", pageNumbers)] };
        }
    }
}
