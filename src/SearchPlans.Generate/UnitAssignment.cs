namespace SearchPlans.Generate;

/// <summary>
/// Who carries a requirement out, as roles (finance, justice, …) rather than names, so a child plan names the
/// same roles at its own level: 省财政厅 in the province's plan becomes 市财政局 in the city's.
/// </summary>
public sealed record UnitAssignment(IReadOnlyList<UnitKind> Leads, IReadOnlyList<UnitKind> Others);

/// <summary>The kinds of responsible unit plans name.</summary>
public enum UnitKind
{
    Office,
    Finance,
    Justice,
    Development,
    Health,
    Data,
    Market,
    Environment,
    Housing,
    HumanResources,
    Agriculture,
    Education,
    AllDepartments,
    LowerGovernments,
}
