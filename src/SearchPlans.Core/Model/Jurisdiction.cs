namespace SearchPlans.Model;

/// <summary>Who a plan binds: a government at some level, or one agency.</summary>
/// <param name="Province">The province it belongs to, where the text or the gazetteer says it.</param>
public sealed record Jurisdiction(string Name, AdminLevel Level, string? Province);
