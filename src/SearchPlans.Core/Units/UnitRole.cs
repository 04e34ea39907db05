namespace SearchPlans.Units;

/// <summary>How a requirement names a unit.</summary>
public enum UnitRole
{
    /// <summary>In the units cell, marked 牵头.</summary>
    Lead,
    /// <summary>In the units cell, without 牵头: carries out or takes part.</summary>
    Shared,
    /// <summary>Not in the units cell but named in the requirement's text or criteria (配合市政数局…).</summary>
    NamedInText,
}
