using System.Globalization;
using SearchPlans.Compare.Rendering;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Contracts;

/// <summary>
/// A hit as the web app's search export writes it: the fields of <see cref="HitJson"/> with what the result cards
/// show beside them (plan title, label, section, units, lead units, deadline), so a spreadsheet holds what the page did.
/// </summary>
/// <param name="Number">The item number as printed; null for prose plans, whose <paramref name="Label"/> names the section instead (一（三）2).</param>
public sealed record ExportedHitJson(string Id, string Doc, string PlanTitle, string Jurisdiction, int? Year, string? Number, string Label,
    IReadOnlyList<string> Section, IReadOnlyList<string> Units, IReadOnlyList<string> LeadUnits, string? Deadline, double Score,
    string Text, string Snippet) : ICsvRow<ExportedHitJson>
{
    /// <summary>Where the snippet comes from: "text", or "criteria" for a match only in the 评价标准, as in <see cref="HitJson"/>.</summary>
    public string SnippetFrom { get; init; } = "text";

    public static IReadOnlyList<string> CsvHeader { get; } =
        ["id", "doc", "planTitle", "jurisdiction", "year", "number", "label", "section", "units", "leadUnits", "deadline", "score", "text", "snippet", "snippetFrom"];

    /// <param name="plan">Null only when the index and its stored corpus disagree; the hit's own fields are kept then.</param>
    public static ExportedHitJson From(SearchHit hit, Plan? plan, Requirement? requirement)
    {
        var basic = HitJson.From(hit);
        return new ExportedHitJson(basic.Id, basic.Doc, plan?.Title ?? "", basic.Jurisdiction, basic.Year, basic.Number,
            plan is not null && requirement is not null ? RequirementLabels.Of(plan, requirement) : basic.Number ?? "",
            requirement?.SectionPath ?? [], [.. requirement?.Units.Select(u => u.Name) ?? []], [.. requirement?.LeadUnits ?? []],
            requirement?.Deadline, basic.Score, basic.Text, basic.Snippet) { SnippetFrom = basic.SnippetFrom };
    }

    public IReadOnlyList<string?> CsvRow() =>
    [
        Id, Doc, PlanTitle, Jurisdiction, Year?.ToString(CultureInfo.InvariantCulture), Number, Label, string.Join(" > ", Section),
        string.Join(Csv.ListSeparator, Units), string.Join(Csv.ListSeparator, LeadUnits), Deadline,
        Score.ToString(CultureInfo.InvariantCulture), Text, Snippet, SnippetFrom,
    ];
}

/// <summary>The search export as JSON: the shape of <see cref="SearchJson"/> with <see cref="ExportedHitJson"/> hits.</summary>
public sealed record ExportedSearchJson(int Total, IReadOnlyList<ExportedHitJson> Hits, FacetsJson Facets);
