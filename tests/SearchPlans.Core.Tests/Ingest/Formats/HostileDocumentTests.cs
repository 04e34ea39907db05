using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Ingest.Formats.Office;
using SearchPlans.Tests.Ingest.Formats.Writers;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// Hostile files in each format: each gets a message naming the file and the reason, and the good plan beside it is
/// still read. The big ones are made at run time.
/// </summary>
public sealed class HostileDocumentTests : IDisposable
{
    private const string Zhanjiang = "004_7faa7dbd0abcd0a1.txt";
    private const string Qingyuan = "003_cdc8212ff34390a1.txt";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private IngestResult ReadBesideAGoodPlan(string name, byte[] content, PlanIngester? ingester = null)
    {
        File.WriteAllBytes(folder.Combine("0-good.docx"), DocxWriter.Write(SeedDocuments.Blocks(Qingyuan)));
        File.WriteAllBytes(folder.Combine(name), content);
        var results = (ingester ?? new PlanIngester()).IngestDirectory(folder.Path);
        Assert.True(results.Single(r => r.SourceName == "0-good.docx").Succeeded, "the good plan beside the bad file was not read");
        return results.Single(r => r.SourceName == name);
    }

    [Fact]
    public void ATruncatedWordDocument_IsNamedAsDamaged()
    {
        var docx = DocxWriter.Write(SeedDocuments.Blocks(Zhanjiang));

        var result = ReadBesideAGoodPlan("cut.docx", docx[..(docx.Length / 2)]);

        Assert.False(result.Succeeded);
        Assert.Contains("damaged", result.Error);
    }

    [Theory]
    [InlineData("bomb.docx", "word/document.xml")]
    [InlineData("bomb.xlsx", "xl/worksheets/sheet1.xml")]
    public void AZipBombPosingAsAnOfficeFile_IsRefusedByTheSizeItsPartsDeclare(string name, string part)
    {
        var result = ReadBesideAGoodPlan(name, HostileDocuments.ZipBomb(part, ZipGuard.MaxInflatedBytes + (1 << 20)));

        Assert.Contains("refused as a zip bomb: its parts declare", result.Error);
    }

    [Theory]
    [InlineData("lying-bomb.docx", "word/document.xml")]
    [InlineData("lying-bomb.xlsx", "xl/worksheets/sheet1.xml")]
    public void AZipBombThatUnderstatesItsSize_IsRefusedByItsCompressedSize(string name, string part)
    {
        var result = ReadBesideAGoodPlan(name, HostileDocuments.LyingZipBomb(part, ZipGuard.MaxInflatedBytes + (1 << 20)));

        Assert.Contains($"refused as a zip bomb: its part {part} declares 1,024 bytes but holds", result.Error);
    }

    [Fact]
    public void APasswordProtectedPdf_IsRefusedSayingSo()
    {
        var result = ReadBesideAGoodPlan("password-protected.pdf", File.ReadAllBytes(Fixtures.Path("password-protected.pdf")));

        Assert.Contains("protected by a password", result.Error);
    }

    [Theory]
    [InlineData("protected.docx")]
    [InlineData("protected.xlsx")]
    public void AnOfficeFileInItsPasswordContainer_IsRefusedSayingSo(string name)
    {
        // What Office writes for a password-protected file: an OLE compound file holding an EncryptedPackage stream.
        var container = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[1016])
            .Concat(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[512]).ToArray();

        var result = ReadBesideAGoodPlan(name, container);

        Assert.Contains("protected by a password", result.Error);
    }

    [Fact]
    public void APdfWithoutATextLayer_IsNamedAsAScan()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddPng(Convert.FromBase64String(OnePixelPng), new UglyToad.PdfPig.Core.PdfRectangle(0, 0, 595, 842));

        var result = ReadBesideAGoodPlan("scanned.pdf", builder.Build());

        Assert.Contains("no text layer: it is a scan", result.Error);
        Assert.Contains("no OCR", result.Error);
    }

    [Fact]
    public void APageOfAHundredThousandNestedElements_IsRefusedBeforeItIsParsed()
    {
        var result = ReadBesideAGoodPlan("nested.html", HostileDocuments.DeeplyNestedPage(100_000));

        Assert.Contains("nests its elements more than 1,000 deep", result.Error);
    }

    [Fact]
    public void APageNestedAsDeepAsRealPagesGo_IsRead()
    {
        var blocks = DocumentExtractor.Extract("page.html", HostileDocuments.DeeplyNestedPage(200), LibreOfficeConverter.None)!.Blocks;

        Assert.Equal("一、优化政务公开工作基础", Assert.IsType<ParagraphBlock>(Assert.Single(blocks)).Text);
    }

    [Fact]
    public void ASpreadsheetFormattedToAMillionRows_IsReadToItsLastFilledRowAndSaysWhereItStopped()
    {
        var rows = SeedDocuments.Blocks(Zhanjiang).SelectMany(b => b is TableBlock table ? table.Rows : [[((ParagraphBlock)b).Text]]).ToList();

        var result = ReadBesideAGoodPlan("formatted.xlsx", HostileDocuments.SheetWithAMillionRows(rows));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(SeedDocuments.TextResult(Zhanjiang).Plan!.Requirements.Count, result.Plan!.Requirements.Count);
        Assert.Contains(result.Warnings, w => w.Contains($"stopped after {XlsxReader.EmptyRowsToStop:N0} empty rows"));
    }

    [Fact]
    public void ASpreadsheetWhoseRowsRunToItsLastColumn_IsRefusedByItsCellCount()
    {
        var result = ReadBesideAGoodPlan("wide.xlsx", HostileDocuments.SheetAsWideAsExcelGoes(2_000));

        Assert.Contains($"more than {XlsxReader.MaxCells:N0} cells", result.Error);
    }

    [Fact]
    public void ASpreadsheetOfOnlyEmptyRows_SaysItHoldsNoText()
    {
        var result = ReadBesideAGoodPlan("empty.xlsx", HostileDocuments.SheetWithAMillionRows([]));

        Assert.Contains("holds no text", result.Error);
    }

    [Fact]
    public void AnOldWordFileWithoutLibreOffice_IsRefusedSayingHowToConvertIt()
    {
        var oleHeader = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]).ToArray();

        var result = ReadBesideAGoodPlan("plan.doc", oleHeader, new PlanIngester(LibreOfficeConverter.None));

        Assert.Contains("LibreOffice (soffice) is not installed", result.Error);
        Assert.Contains("soffice --headless --convert-to docx", result.Error);
    }

    [Fact]
    public void AZipThatIsNoOfficeFile_IsNamedAsAnArchive()
    {
        var result = ReadBesideAGoodPlan("plans.zip", HostileDocuments.ZipBomb("readme.txt", 100));

        Assert.Contains("zip archive, not a plan", result.Error);
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}
