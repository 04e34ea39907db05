using SearchPlans.Ingest;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>Each seed plan read from the formats governments publish gives the requirements of its text file.</summary>
public sealed class SeedFormatTests
{
    public static TheoryData<string> Seeds => SeedDocuments.Names;

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
}
