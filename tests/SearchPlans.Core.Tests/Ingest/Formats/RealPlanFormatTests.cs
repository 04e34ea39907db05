using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Tests.Ingest.Formats.Writers;
using RealPlanFiles = SearchPlans.Tests.Ingest.RealPlans.RealPlans;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>The twenty real plans as their portals' pages and as Word documents read as their text files do.</summary>
public sealed class RealPlanFormatTests
{
    public static TheoryData<string> Plans => [.. RealPlanFiles.Manifest.Select(m => m["file"])];

    private static List<DocumentBlock> Blocks(string file) =>
        SeedLayout.Blocks(File.ReadAllText(Path.Combine(RealPlanFiles.Directory, file)));

    [Theory]
    [MemberData(nameof(Plans))]
    public void ARealPlanAsItsPortalPage_GivesTheRequirementsOfItsTextFile(string file)
    {
        var expected = RealPlanFiles.Result(file);
        var plan = expected.Plan!;
        var page = new HtmlPageWriter.Page(plan.Issuer ?? plan.Jurisdiction.Name, plan.Issued?.ToString("yyyy-MM-dd") ?? $"{plan.Year}-12-31", $"000000/{plan.Year}-00001", []);

        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(file, ".html"), HtmlPageWriter.Write(Blocks(file), page));

        SeedDocuments.AssertSameRequirements(expected, result);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void ARealPlanAsAWordDocument_GivesTheRequirementsOfItsTextFile(string file)
    {
        var result = new PlanIngester().IngestDocument(Path.ChangeExtension(file, ".docx"), DocxWriter.Write(Blocks(file)));

        SeedDocuments.AssertSameRequirements(RealPlanFiles.Result(file), result);
    }
}
