namespace SearchPlans.Model;

/// <summary>The administrative level of the body a plan binds.</summary>
public enum AdminLevel
{
    Unknown,
    National,
    Province,
    City,
    District,
    County,
    Agency,
    Township,
}
