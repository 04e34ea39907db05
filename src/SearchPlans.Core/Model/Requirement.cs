namespace SearchPlans.Model;

/// <summary>One obligation of a plan, with who carries it out and by when.</summary>
/// <param name="Id">Stable id: the plan id and the printed number, or the section ordinals where numbers repeat.</param>
/// <param name="Number">The item number as printed ("14"), null where the plan prints none (prose plans).</param>
/// <param name="SectionPath">Titles from the top-level section down to the innermost one.</param>
/// <param name="Text">The requirement text as shown, markup stripped, page-break splits joined.</param>
/// <param name="UnitsText">The responsible-units cell as printed (or inherited from the row above).</param>
/// <param name="Units">UnitsText split into units, lead units marked.</param>
/// <param name="UnitsInherited">True where the unit cell was blank and the units come from the row above.</param>
/// <param name="Deadline">The 完成时限 cell, where the plan has that column.</param>
/// <param name="DeadlineInherited">True where the deadline cell was blank or shared and the deadline comes from the row above.</param>
/// <param name="Criteria">The 评价标准 items, where the plan has them.</param>
public sealed record Requirement(
    string Id,
    string? Number,
    IReadOnlyList<string> SectionPath,
    string Text,
    string UnitsText,
    IReadOnlyList<ResponsibleUnit> Units,
    bool UnitsInherited,
    string? Deadline,
    IReadOnlyList<string> Criteria,
    SourceSpan Source,
    bool DeadlineInherited = false)
{
    public IEnumerable<string> LeadUnits => Units.Where(u => u.IsLead).Select(u => u.Name);
}
