using SearchPlans.Ingest;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>Each seed plan read from the formats governments publish gives the requirements of its text file.</summary>
public sealed class SeedFormatTests(SeedPdfs pdfs) : IClassFixture<SeedPdfs>
{
    public static TheoryData<string> Seeds => SeedDocuments.Names;

    public static TheoryData<string> PrintedSeeds => SeedDocuments.Names;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedAsAWordDocument_GivesTheRequirementsOfItsTextFile(string seed)
    {
        var docx = DocxWriter.Write(SeedDocuments.Blocks(seed));

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".docx"), docx);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedAsAPortalPage_GivesTheRequirementsOfItsTextFile(string seed)
    {
        var html = HtmlPageWriter.Write(SeedDocuments.Blocks(seed), SeedDocuments.PageFor(seed));

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".html"), html);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedAsAGb2312PortalPage_GivesTheRequirementsOfItsTextFile(string seed)
    {
        var html = HtmlPageWriter.Write(SeedDocuments.Blocks(seed), SeedDocuments.PageFor(seed), charset: "gb2312");

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".htm"), html);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedAsASpreadsheet_GivesTheRequirementsOfItsTextFile(string seed)
    {
        var xlsx = XlsxWriter.Write(SeedDocuments.Blocks(seed));

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".xlsx"), xlsx);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedSavedAsCsvInGb18030_GivesTheRequirementsOfItsTextFile(string seed)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var csv = CsvWriter.Write(SeedDocuments.Blocks(seed), System.Text.Encoding.GetEncoding("GB18030"));

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".csv"), csv);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    [Theory]
    [MemberData(nameof(SeedsAndSeparators))]
    public void ASeedSavedAsCsvWithAnotherSeparator_GivesTheRequirementsOfItsTextFile(string seed, char separator)
    {
        var csv = CsvWriter.Write(SeedDocuments.Blocks(seed), separator: separator);

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".csv"), csv);

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
    }

    public static TheoryData<string, char> SeedsAndSeparators()
    {
        var data = new TheoryData<string, char>();
        foreach (var seed in SeedDocuments.Files)
        {
            data.Add(seed, ';');
            data.Add(seed, '\t');
        }
        return data;
    }

    [NeedsLibreOfficeTheory]
    [MemberData(nameof(PrintedSeeds))]
    public void ASeedPrintedToPdf_GivesTheRequirementsOfItsTextFile(string seed)
    {
        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(seed, ".pdf"), pdfs.Of(seed));

        SeedDocuments.AssertSameRequirements(SeedDocuments.TextResult(seed), result);
        // The footer's page numbers are the print's, not the plan's: set apart, and counted.
        Assert.StartsWith("— 1 — — 2 —", Assert.Single(result.Plan!.Remainder, r => r.Kind == SearchPlans.Model.RemainderKind.PageChrome).Text);
    }
}
