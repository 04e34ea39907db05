namespace SearchPlans.Links.Lineage;

/// <summary>What happened to a requirement between a jurisdiction's plan of one year and the next.</summary>
public enum YearChange
{
    New,
    Kept,
    Modified,
    Dropped,
}

/// <summary>One requirement's change, with its counterpart in the other year where there is one.</summary>
public sealed record RequirementChange(string RequirementId, YearChange Change, string? CounterpartId, double? Score);
