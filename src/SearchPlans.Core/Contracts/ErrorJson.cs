namespace SearchPlans.Contracts;

/// <summary>Every API error answers with this shape.</summary>
public sealed record ErrorJson(string Error);
