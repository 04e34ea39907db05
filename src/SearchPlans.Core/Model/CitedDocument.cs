namespace SearchPlans.Model;

/// <summary>A document the plan cites: a 《title》, a 〔yyyy〕N号 number, or both when printed together.</summary>
public sealed record CitedDocument(string? Title, string? DocNumber);
