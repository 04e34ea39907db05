namespace SearchPlans.Ingest.Rows;

/// <summary>
/// One row of a plan's body as a shape reads it, before the shared steps: section cells (blank where the
/// row inherits the section above), the requirement cell (which may hold several numbered items), and the
/// unit, deadline and criteria cells (blank where the row inherits them).
/// </summary>
internal sealed class BodyRow(int firstLine)
{
    /// <summary>One cell per section level, outermost first; "" where blank.</summary>
    public List<string> Sections { get; } = [];

    public string Text { get; set; } = "";

    public string Units { get; set; } = "";

    /// <summary>The part of <see cref="Units"/> a table prints under a column its header names 牵头 (牵头单位): those units lead.</summary>
    public string LeadUnits { get; set; } = "";

    public string Deadline { get; set; } = "";

    public List<string> Criteria { get; } = [];

    /// <summary>For prose plans, whose requirements carry no item number and must not be split at digits.</summary>
    public bool Unnumbered { get; init; }

    /// <summary>
    /// The item number read from the document's numbering (an outline's 3 or 三), for rows whose text is one item and
    /// must not be split at digits.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>The number of sections the row sits in, where a row closes deeper ones (an outline's leaf after a section).</summary>
    public int? SectionDepth { get; init; }

    /// <summary>
    /// False where a blank unit or deadline means the document names none (an outline's item), rather than a merged
    /// cell shared with the row above.
    /// </summary>
    public bool InheritsFromRowAbove { get; init; } = true;

    /// <summary>Units a heading above the row names for every task under it (（一）…（牵头单位：…）), where the row names none.</summary>
    public string SectionUnits { get; set; } = "";

    /// <summary>True where the deadline was read out of the requirement's own text, so it is not counted twice.</summary>
    public bool DeadlineFromText { get; set; }

    public int FirstLine { get; } = firstLine;

    public int LastLine { get; set; } = firstLine;

    /// <summary>Section text a page break cut off: appended to the current section title at that level.</summary>
    public List<(int Level, string Text, int Line)> SectionExtensions { get; } = [];

    /// <summary>Lines of the section cells, for the section tree's source spans.</summary>
    public List<int> SectionLines { get; } = [];
}
