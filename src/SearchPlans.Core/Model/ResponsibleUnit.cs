namespace SearchPlans.Model;

/// <summary>One unit named in a requirement's 落实单位 / 责任单位 cell.</summary>
/// <param name="IsLead">True where the text marks the unit 牵头 (leading), or its table prints it under a 牵头单位 column.</param>
public sealed record ResponsibleUnit(string Name, bool IsLead);
