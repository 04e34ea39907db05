namespace SearchPlans.Contracts;

/// <summary>A reviewer's judgement in force, as `searchplans review list` writes it.</summary>
/// <param name="IndexNow">The index's link between the two now: equivalent, related, none, or missing when a requirement is gone.</param>
public sealed record JudgementJson(string Source, string Target, string Verdict, string Kind, string Note, string Reviewer,
    string JudgedAt, string IndexNow) : ICsvRow<JudgementJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["source", "target", "verdict", "kind", "note", "reviewer", "judgedAt", "indexNow"];

    public IReadOnlyList<string?> CsvRow() => [Source, Target, Verdict, Kind, Note, Reviewer, JudgedAt, IndexNow];
}
