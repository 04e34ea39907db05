using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>What reading one file gave: a plan, or an error naming the reason, and any warnings.</summary>
public sealed record IngestResult(string SourceName, Plan? Plan, IReadOnlyList<string> Warnings, string? Error)
{
    public bool Succeeded => Plan is not null && Error is null;

    public int RemainderChars => Plan?.Remainder.Sum(r => r.Text.Count(c => !char.IsWhiteSpace(c))) ?? 0;

    public static IngestResult Failed(string sourceName, string reason) => new(sourceName, null, [], reason);
}
