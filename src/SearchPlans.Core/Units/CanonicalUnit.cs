namespace SearchPlans.Units;

/// <summary>One unit across the corpus: the name it is shown by, every spelling found for it, and every mention.</summary>
/// <param name="Name">The fullest printed spelling (市政务服务数据管理局 rather than 市政数局).</param>
/// <param name="Scope">The jurisdiction level (市, 县, 区…), "" when unknown.</param>
/// <param name="IsGroup">A collective (市直各单位) rather than one body.</param>
/// <param name="Spellings">Most used first.</param>
public sealed record CanonicalUnit(string Name, string Scope, bool IsGroup, IReadOnlyList<UnitSpelling> Spellings, IReadOnlyList<UnitMention> Mentions)
{
    public int RequirementCount => Mentions.Select(m => m.RequirementId).Distinct().Count();

    public IReadOnlyList<string> PlanIds => [.. Mentions.Select(m => m.PlanId).Distinct()];

    /// <summary>Requirements whose units cell names it, leaving out those that only name it in their text.</summary>
    public int ResponsibleCount => Mentions.Where(m => m.Role != UnitRole.NamedInText).Select(m => m.RequirementId).Distinct().Count();
}
