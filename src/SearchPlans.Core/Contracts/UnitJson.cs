using SearchPlans.Units;

namespace SearchPlans.Contracts;

/// <summary>A responsible unit with its spellings merged across plans, as `searchplans units` writes it.</summary>
/// <param name="Requirements">Every requirement naming the unit; <paramref name="Responsible"/> only those naming it in their units cells.</param>
public sealed record UnitJson(string Name, string Scope, bool Group, int Requirements, int Responsible,
    IReadOnlyList<string> Plans, IReadOnlyList<SpellingJson> Spellings) : ICsvRow<UnitJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["name", "scope", "group", "requirements", "responsible", "plans", "spellings"];

    public static UnitJson From(CanonicalUnit unit) => new(unit.Name, unit.Scope, unit.IsGroup, unit.RequirementCount, unit.ResponsibleCount,
        unit.PlanIds, [.. unit.Spellings.Select(s => new SpellingJson(s.Text, s.Count))]);

    /// <summary>"市政数局 (3); 市政务服务数据管理局 (5)".</summary>
    public string SpellingList() => string.Join(Csv.ListSeparator, Spellings.Select(s => $"{s.Text} ({Csv.Number(s.Count)})"));

    public IReadOnlyList<string?> CsvRow() =>
        [Name, Scope, Group ? "true" : "false", Csv.Number(Requirements), Csv.Number(Responsible), string.Join(Csv.ListSeparator, Plans), SpellingList()];
}

public sealed record SpellingJson(string Text, int Count);
