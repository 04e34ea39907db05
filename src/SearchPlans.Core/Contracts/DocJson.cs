using System.Globalization;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>A plan, as `searchplans docs` and /api/plans write it; scripts rely on these field names.</summary>
/// <param name="Source">The name of the file the plan was read from.</param>
public sealed record DocJson(string Id, string Title, string Jurisdiction, string Level, string? Province, int? Year,
    string? DocNumber, string? Issuer, string? Issued, int RequirementCount, string Source)
{
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["id", "title", "jurisdiction", "level", "province", "year", "docNumber", "issuer", "issued", "requirementCount", "source"];

    public static DocJson From(Plan plan) => new(plan.Id, plan.Title, plan.Jurisdiction.Name, ExactTerms.Level(plan.Jurisdiction.Level),
        plan.Jurisdiction.Province, plan.Year, plan.DocNumber, plan.Issuer,
        plan.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Requirements.Count, plan.SourceName);

    public IReadOnlyList<string?> CsvRow() =>
    [
        Id, Title, Jurisdiction, Level, Province, Year?.ToString(CultureInfo.InvariantCulture),
        DocNumber, Issuer, Issued, RequirementCount.ToString(CultureInfo.InvariantCulture), Source,
    ];
}
