using SearchPlans.Ingest;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// The old binary formats: a Word 97-2003 file is converted by LibreOffice and read as its .docx would be; an Excel
/// 97-2003 workbook is read directly. Both made from a seed by LibreOffice, as an office saves them.
/// </summary>
public sealed class OldFormatTests : IDisposable
{
    private const string Zhanjiang = "004_7faa7dbd0abcd0a1.txt";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [NeedsLibreOfficeFact]
    public void ASeedSavedAsWord97_IsConvertedAndGivesTheRequirementsOfItsTextFile()
    {
        File.WriteAllBytes(folder.Combine("zhanjiang.docx"), DocxWriter.Write(SeedDocuments.Blocks(Zhanjiang)));
        LibreOffice.ConvertAll(folder.Path, "*.docx", "doc");

        var result = new PlanIngester().IngestDocument("zhanjiang.doc", File.ReadAllBytes(folder.Combine("zhanjiang.doc")));

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("Word 97-2003 (.doc), converted by LibreOffice", result.EncodingName);
    }

    // WPS Writer saves the binary Word format under its own extension; LibreOffice tells it by its content.
    [NeedsLibreOfficeFact]
    public void AWordBinaryFileNamedWps_IsConvertedAsAWpsFile()
    {
        File.WriteAllBytes(folder.Combine("zhanjiang.docx"), DocxWriter.Write(SeedDocuments.Blocks(Zhanjiang)));
        LibreOffice.ConvertAll(folder.Path, "*.docx", "doc");

        var result = new PlanIngester().IngestDocument("zhanjiang.wps", File.ReadAllBytes(folder.Combine("zhanjiang.doc")));

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("WPS Writer (.wps), converted by LibreOffice", result.EncodingName);
    }

    [NeedsLibreOfficeFact]
    public void ASeedSpreadsheetSavedAsExcel97_IsReadWithoutConversion()
    {
        File.WriteAllBytes(folder.Combine("zhanjiang.xlsx"), XlsxWriter.Write(SeedDocuments.Blocks(Zhanjiang)));
        LibreOffice.ConvertAll(folder.Path, "*.xlsx", "xls");

        var result = new PlanIngester(SearchPlans.Ingest.Formats.LibreOfficeConverter.None)
            .IngestDocument("zhanjiang.xls", File.ReadAllBytes(folder.Combine("zhanjiang.xls")));

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(Zhanjiang), result);
        Assert.Equal("Excel 97-2003 workbook (.xls)", result.EncodingName);
    }
}
