namespace SearchPlans.Units;

/// <summary>One way the corpus spells a unit, and how many requirements use it.</summary>
public sealed record UnitSpelling(string Text, int Count);
