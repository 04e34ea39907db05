using System.Globalization;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>A plan, as `searchplans docs` and /api/plans write it; scripts rely on these field names.</summary>
/// <param name="City">The prefecture-level city the jurisdiction lies in or belongs to, where it was read.</param>
/// <param name="County">The county-level division a township lies in or an agency belongs to, where it was read.</param>
/// <param name="Source">The name of the file the plan was read from.</param>
/// <param name="Attachments">The attachments (附件) the plan's web page links, as the page names and addresses them; empty for other formats.</param>
public sealed record DocJson(string Id, string Title, string Jurisdiction, string Level, string? Province, string? City, string? County, int? Year,
    string? DocNumber, string? Issuer, string? Issued, int RequirementCount, string Source, IReadOnlyList<AttachmentJson> Attachments) : ICsvRow<DocJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["id", "title", "jurisdiction", "level", "province", "city", "county", "year", "docNumber", "issuer", "issued", "requirementCount", "source", "attachments"];

    public static DocJson From(Plan plan) => new(plan.Id, plan.Title, plan.Jurisdiction.Name, ExactTerms.Level(plan.Jurisdiction.Level),
        plan.Jurisdiction.Province, plan.Jurisdiction.City, plan.Jurisdiction.County, plan.Year, plan.DocNumber, plan.Issuer,
        plan.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan.Requirements.Count, plan.SourceName,
        [.. plan.Attachments.Select(a => new AttachmentJson(a.Name, a.Address))]);

    /// <summary>The attachments column holds each as "name &lt;address&gt;", separated as lists are.</summary>
    public IReadOnlyList<string?> CsvRow() =>
    [
        Id, Title, Jurisdiction, Level, Province, City, County, Year?.ToString(CultureInfo.InvariantCulture),
        DocNumber, Issuer, Issued, RequirementCount.ToString(CultureInfo.InvariantCulture), Source,
        string.Join(Csv.ListSeparator, Attachments.Select(a => $"{a.Name} <{a.Address}>")),
    ];
}

/// <summary>An attachment of a plan's web page: the link's text and its address as the page wrote it.</summary>
public sealed record AttachmentJson(string Name, string Address);
