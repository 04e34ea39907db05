using SearchPlans.Model;

namespace SearchPlans.Contracts;

/// <summary>A requirement, as `searchplans requirements` and the API write it; scripts rely on these field names.</summary>
/// <param name="Doc">The plan id.</param>
/// <param name="Section">Section titles from the top down.</param>
public sealed record RequirementJson(string Id, string Doc, string? Number, IReadOnlyList<string> Section, string Text,
    IReadOnlyList<string> Units, IReadOnlyList<string> LeadUnits, string? Deadline, IReadOnlyList<string> Criteria) : ICsvRow<RequirementJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria"];

    public static RequirementJson From(Plan plan, Requirement requirement) => new(requirement.Id, plan.Id, requirement.Number,
        requirement.SectionPath, requirement.Text, requirement.Units.Select(u => u.Name).ToList(), requirement.LeadUnits.ToList(),
        requirement.Deadline, requirement.Criteria);

    public IReadOnlyList<string?> CsvRow() =>
    [
        Id, Doc, Number, string.Join(" > ", Section), Text, string.Join(Csv.ListSeparator, Units),
        string.Join(Csv.ListSeparator, LeadUnits), Deadline, string.Join(Csv.ListSeparator, Criteria),
    ];
}
