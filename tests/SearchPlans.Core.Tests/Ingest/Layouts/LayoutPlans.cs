using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Layouts;

/// <summary>
/// Plans written for these tests in the layouts real plans are published in and the twenty real plans do not show
/// (units in one bracket with the deadline after a comma, fields on lines of their own, 第一条 clauses, tables whose
/// first column is a category, remarks columns, header rows repeated per page, PDF text wrapped at the page's width,
/// footnotes, Traditional script), each short but true to form. Read once for all tests.
/// </summary>
public static class LayoutPlans
{
    private static readonly PlanFolder Folder = new("Ingest", "Layouts", "plans");

    public static IReadOnlyList<IngestResult> Results => Folder.Results;

    public static Plan Plan(string file) => Folder.Plan(file);

    public static string Units(Requirement requirement) => string.Join("、", requirement.Units.Select(u => u.Name));
}
