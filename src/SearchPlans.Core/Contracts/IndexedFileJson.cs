using SearchPlans.Ingest;

namespace SearchPlans.Contracts;

/// <summary>What reading one file gave, as `searchplans index`, `add` and `remove` report it.</summary>
/// <param name="RemainderChars">The characters kept outside the requirements; null when the file failed.</param>
public sealed record IndexedFileJson(string File, string? Plan, int? Requirements, int? RemainderChars, IReadOnlyList<string> Warnings, string? Error)
    : ICsvRow<IndexedFileJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["file", "plan", "requirements", "remainderChars", "warnings", "error"];

    public static IndexedFileJson From(IngestResult r) => new(r.SourceName, r.Plan?.Id, r.Plan?.Requirements.Count,
        r.Succeeded ? r.RemainderChars : null, r.Warnings, r.Error);

    public IReadOnlyList<string?> CsvRow() =>
        [File, Plan, Csv.Number(Requirements), Csv.Number(RemainderChars), string.Join(Csv.ListSeparator, Warnings), Error];
}
