namespace SearchPlans.Review;

/// <summary>A judgement as a form or a command line sends it: raw text, checked by <see cref="JudgementValidator"/>.</summary>
/// <param name="Verdict">confirm, reject or add.</param>
/// <param name="Kind">equivalent or related; empty to confirm a link as the kind it has.</param>
public sealed record JudgementRequest(string? Source, string? Target, string? Verdict, string? Kind, string? Note, string? Reviewer);
