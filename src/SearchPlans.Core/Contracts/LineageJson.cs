namespace SearchPlans.Contracts;

/// <summary>`searchplans lineage`: a plan's requirements against an earlier plan, and how many of each change.</summary>
/// <param name="Against">The earlier plan's id.</param>
/// <param name="Counts">Per change (new, kept, modified, dropped), how many requirements.</param>
public sealed record LineageJson(string Plan, string Against, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<LineageChangeJson> Requirements);

/// <summary>One requirement's change; the counterpart is the other year's requirement it was matched with, if any.</summary>
public sealed record LineageChangeJson(string Id, string Change, string? Counterpart, double? Score, string? Number, string Text)
    : ICsvRow<LineageChangeJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["id", "change", "counterpart", "score", "number", "text"];

    public IReadOnlyList<string?> CsvRow() => [Id, Change, Counterpart, Csv.Number(Score, "0.00"), Number, Text];
}
