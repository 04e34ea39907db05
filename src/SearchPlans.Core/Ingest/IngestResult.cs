using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>What reading one file gave: a plan, or the reason it was refused, and any warnings.</summary>
/// <param name="Notices">The warnings, each for an interface to word in its reader's language.</param>
/// <param name="Refusal">Why no plan was read, likewise; null when one was.</param>
public sealed record IngestResult(string SourceName, Plan? Plan, IReadOnlyList<EngineMessage> Notices, EngineMessage? Refusal)
{
    public bool Succeeded => Plan is not null && Refusal is null;

    /// <summary>The warnings in English, as the JSON output gives them.</summary>
    public IReadOnlyList<string> Warnings => [.. Notices.Select(n => n.English)];

    /// <summary>Why no plan was read, in English; null when one was.</summary>
    public string? Error => Refusal?.English;

    /// <summary>Which layout the file was read as ("tab-separated table", "one cell per line", "prose with unit markers").</summary>
    public string? Shape { get; init; }

    public string? EncodingName { get; init; }

    /// <summary>Markup and label punctuation the parser removed (&lt;p&gt;, **, ##, the "." of "14."), for the no-text-lost check.</summary>
    public string RemovedMarkup { get; init; } = "";

    public int RemainderChars => Plan?.Remainder.Sum(r => CharacterCount.NonWhiteSpace(r.Text)) ?? 0;

    public static IngestResult Failed(string sourceName, EngineMessage reason) => new(sourceName, null, [], reason);

    public static IngestResult Failed(string sourceName, string template, params object[] arguments) =>
        Failed(sourceName, new EngineMessage(template, arguments));
}

public static class IngestResults
{
    /// <summary>The plans of the files that were read; files that failed are left out.</summary>
    public static IReadOnlyList<Plan> PlansRead(this IEnumerable<IngestResult> results) =>
        [.. results.Where(r => r.Succeeded).Select(r => r.Plan!)];
}
