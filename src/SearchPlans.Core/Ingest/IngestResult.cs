using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>What reading one file gave: a plan, or an error naming the reason, and any warnings.</summary>
public sealed record IngestResult(string SourceName, Plan? Plan, IReadOnlyList<string> Warnings, string? Error)
{
    public bool Succeeded => Plan is not null && Error is null;

    /// <summary>Which layout the file was read as ("tab-separated table", "one cell per line", "prose with unit markers").</summary>
    public string? Shape { get; init; }

    public string? EncodingName { get; init; }

    /// <summary>Markup and label punctuation the parser removed (&lt;p&gt;, **, ##, the "." of "14."), for the no-text-lost check.</summary>
    public string RemovedMarkup { get; init; } = "";

    public int RemainderChars => Plan?.Remainder.Sum(r => CharacterCount.NonWhiteSpace(r.Text)) ?? 0;

    public static IngestResult Failed(string sourceName, string reason) => new(sourceName, null, [], reason);
}

public static class IngestResults
{
    /// <summary>The plans of the files that were read; files that failed are left out.</summary>
    public static IReadOnlyList<Plan> PlansRead(this IEnumerable<IngestResult> results) =>
        [.. results.Where(r => r.Succeeded).Select(r => r.Plan!)];
}
