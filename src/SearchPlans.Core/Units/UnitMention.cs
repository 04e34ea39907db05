namespace SearchPlans.Units;

/// <summary>One place a unit is named: a spelling, in a requirement of a plan, in a role.</summary>
public sealed record UnitMention(string Spelling, string PlanId, string RequirementId, UnitRole Role);
