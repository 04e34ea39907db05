namespace SearchPlans.Generate;

/// <summary>
/// The layout a generated plan is written in: the four drawn from the seed plans, then six drawn from real plans
/// in ../shared/real-plans (pipe tables, cell-per-line tables, prose without units, outlines, trailing bracket units).
/// </summary>
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
    /// <summary>
    /// A table flattened to a row per line with `|` between cells, the task cell merged over its rows, unit cells
    /// merged downwards, stray `|` lines and a header that may wrap (Taishan, Guangdong health commission).
    /// </summary>
    PipeRowTable,
    /// <summary>A table flattened to one cell per line with `|` alone on the line between cells, no numbering (Xuancheng).</summary>
    PipeCellTable,
    /// <summary>
    /// A table flattened to one cell per line with blank lines between cells and no separator, unfamiliar header names
    /// and a merged first column of section cells (Shandong education department).
    /// </summary>
    BlankLineCellTable,
    /// <summary>Prose numbered 一、（一）1. with no units at all, deadlines at times inside the text (State Council, Hubei).</summary>
    NumberedProse,
    /// <summary>Headings only, 一、（一）1. one per line, numbering restarting under each （一） (Beijing 2024 outline).</summary>
    Outline,
    /// <summary>Numbered prose tasks each closed by a bracket naming its units: （责任单位：…）, （…负责落实）, （…牵头，…配合） (Tianjin, Honggutan).</summary>
    BracketUnitProse,
}

/// <summary>What precedes a plan's title.</summary>
public enum PlanHead
{
    /// <summary>The title and a sentence of preamble.</summary>
    Title,
    /// <summary>A 文件 masthead, 文号, notice title, addressees, cover letter, signature and date (Jiangmen, Qingyuan).</summary>
    Masthead,
    /// <summary>
    /// A notice of issue as web pages print it: 关于印发…的通知, 文号, addressees, letter, at times a 附件 line,
    /// signature, date and (此件公开发布), then the plan (State Council 2020, Changning).
    /// </summary>
    Notice,
}

/// <summary>How a generated file is dressed: script, encoding, markup, head and page chrome.</summary>
/// <param name="Html">Table cells wrapped in &lt;p&gt; fragments (Jiangmen).</param>
/// <param name="Markdown">A ## title and **bold** unit markers.</param>
/// <param name="Head">What precedes the title.</param>
/// <param name="WebChrome">Lines of the web page the plan was copied from before it: breadcrumbs, 来源 and 发布时间, metadata.</param>
/// <param name="ForwardedBy">A lower government whose notice forwards this plan's notice to its own departments (Ya'an forwarding Sichuan).</param>
public sealed record PlanDress(bool Traditional, bool Gb18030, bool Html, bool Markdown, PlanHead Head, bool WebChrome = false, CatalogEntry? ForwardedBy = null);

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
