using System.IO.Compression;
using SearchPlans.Ingest.Formats.Csv;
using SearchPlans.Ingest.Formats.Html;
using SearchPlans.Ingest.Formats.Office;
using SearchPlans.Ingest.Formats.Pdf;

namespace SearchPlans.Ingest.Formats;

/// <summary>
/// Sends a file to the reader of its format: Word (.docx), PDF, web pages, spreadsheets (.xlsx, .xls, and .csv, a
/// sheet saved as text), and through LibreOffice the old Word and WPS files; text and Markdown go to the text reader. What the bytes are wins over the
/// name where they say (a .doc that is really a .docx, a Word file named .txt); otherwise the extension decides.
/// </summary>
internal static class DocumentExtractor
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>How far into a file its kind is looked for (a PDF's header may follow some bytes of junk).</summary>
    public const int HeadBytes = 1024;

    /// <summary>Whether a file's first bytes say it is a PDF, Word or Excel file (new or old), whose images take room.</summary>
    public static bool IsDocument(ReadOnlySpan<byte> head) =>
        head.IndexOf(PdfMagic) >= 0 || head.StartsWith(ZipMagic) || head.StartsWith(OleMagic);

    /// <returns>The document's blocks, or null for a text file, which the text reader reads.</returns>
    /// <param name="libreOffice">Converts the old Word and WPS formats, where installed.</param>
    public static ExtractedDocument? Extract(string fileName, byte[] content, LibreOfficeConverter libreOffice)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = content.AsSpan(0, Math.Min(content.Length, HeadBytes));
        if (head.IndexOf(PdfMagic) >= 0 || extension == ".pdf")
            return PdfReader.Read(content);
        if (head.StartsWith(ZipMagic))
            return ZipDocument(content, extension);
        if (head.StartsWith(OleMagic))
            return OldOfficeDocument(content, extension, libreOffice);
        return extension switch
        {
            ".docx" or ".docm" or ".xlsx" or ".xlsm" => ZipDocument(content, extension),
            ".doc" or ".wps" or ".xls" or ".et" => OldOfficeDocument(content, extension, libreOffice),
            ".html" or ".htm" or ".shtml" or ".xhtml" => HtmlReader.Read(content),
            ".csv" => CsvReader.Read(content),
            _ => null,
        };
    }

    // Word and Excel files are zip archives; which one is told by the parts inside.
    private static ExtractedDocument ZipDocument(byte[] content, string extension)
    {
        var spreadsheet = extension is ".xlsx" or ".xlsm" or ".xls" or ".et";
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.GetEntry("xl/workbook.xml") is not null)
                spreadsheet = true;
            else if (archive.GetEntry("word/document.xml") is not null)
                spreadsheet = false;
            else if (extension is not (".docx" or ".docm" or ".xlsx" or ".xlsm" or ".doc" or ".xls" or ".wps" or ".et"))
                throw new UnreadableDocumentException("it is a zip archive, not a plan: unpack it and give its files");
        }
        catch (InvalidDataException)
        {
            // A damaged archive: the reader its name asks for says so.
        }
        return spreadsheet ? XlsxReader.Read(content, legacy: false) : DocxReader.Read(content);
    }

    // Office keeps a password-protected .docx or .xlsx in an OLE container, beside a stream of this name.
    private static readonly byte[] EncryptedPackage = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    private static ExtractedDocument OldOfficeDocument(byte[] content, string extension, LibreOfficeConverter libreOffice)
    {
        if (content.AsSpan().IndexOf(EncryptedPackage) >= 0)
            throw new UnreadableDocumentException("the document is protected by a password; open it with the password and save a copy without one, then give that copy");
        if (extension is ".xls" or ".xlsx" or ".xlsm")
            return XlsxReader.Read(content, legacy: true);
        var (name, source, target) = extension switch
        {
            ".wps" => ("WPS Writer (.wps)", ".wps", ".docx"),
            ".et" => ("WPS spreadsheet (.et)", ".et", ".xlsx"),
            _ => ("Word 97-2003 (.doc)", ".doc", ".docx"),
        };
        if (!libreOffice.Installed)
            throw new UnreadableDocumentException("it is an old {0} file, which is read through LibreOffice, and LibreOffice (soffice) is not installed: install it, or save the file as {1} (in Word or WPS: Save As, {2}; or soffice --headless --convert-to {3} FILE)", name, target, target, target.TrimStart('.'));
        var converted = libreOffice.Convert(content, source, target);
        var document = target == ".xlsx" ? XlsxReader.Read(converted, legacy: false) : DocxReader.Read(converted);
        return document with { FormatName = $"{name}, converted by LibreOffice" };
    }
}
