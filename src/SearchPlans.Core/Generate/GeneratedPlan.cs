namespace SearchPlans.Generate;

/// <summary>Which of the layouts the ingester reads a generated plan is written in.</summary>
public enum PlanLayout
{
    /// <summary>Tab table with two section columns and the header repeated at page breaks (Heyuan).</summary>
    SectionedTable,
    /// <summary>Tab table with one section column, a deadline column and several items per cell (Zhanjiang).</summary>
    DeadlineTable,
    /// <summary>One cell per line with numbered criteria (Conghua).</summary>
    CellPerLine,
    /// <summary>Prose paragraphs with inline unit markers (Qingyuan).</summary>
    Prose,
}

/// <summary>How a generated file is dressed: script, encoding, markup and masthead.</summary>
/// <param name="Html">Table cells wrapped in &lt;p&gt; fragments (Jiangmen).</param>
/// <param name="Markdown">A ## title and **bold** unit markers.</param>
/// <param name="Masthead">A 文件 masthead, document number and cover letter before the title.</param>
public sealed record PlanDress(bool Traditional, bool Gb18030, bool Html, bool Markdown, bool Masthead);

/// <summary>One generated plan as the ingester should read it back.</summary>
/// <param name="Id">The plan id the ingester derives from the content.</param>
/// <param name="ParentPlanId">The plan this one was derived from, when it is in the corpus.</param>
public sealed record GeneratedPlan(
    string Id,
    string FileName,
    CatalogEntry Jurisdiction,
    int Year,
    string Title,
    string? ParentPlanId,
    PlanLayout Layout,
    PlanDress Dress,
    string? DocNumber,
    DateOnly Issued,
    IReadOnlyList<GeneratedSection> Sections)
{
    public IEnumerable<GeneratedRequirement> Requirements =>
        Sections.SelectMany(s => s.Subsections).SelectMany(s => s.Requirements);
}

/// <summary>A top-level section (一、…) and the sections under it.</summary>
public sealed record GeneratedSection(string Title, IReadOnlyList<GeneratedSubsection> Subsections);

/// <summary>A second-level section (（一）…) and its requirements.</summary>
public sealed record GeneratedSubsection(string Title, IReadOnlyList<GeneratedRequirement> Requirements);

/// <summary>One generated requirement and where it came from.</summary>
/// <param name="Id">The requirement id the ingester assigns.</param>
/// <param name="Parent">The requirement of the parent plan it was edited from; null when drawn from the pool.</param>
/// <param name="Origin">The seed requirement it ultimately descends from.</param>
/// <param name="Edits">The edits applied on the way (localised, units renamed, clause dropped, …).</param>
public sealed record GeneratedRequirement(
    string Id,
    string Text,
    UnitAssignment Units,
    string? Deadline,
    IReadOnlyList<string> Criteria,
    string? Parent,
    string Origin,
    IReadOnlyList<string> Edits);
