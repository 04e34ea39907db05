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

    public string Deadline { get; set; } = "";

    public List<string> Criteria { get; } = [];

    /// <summary>For prose plans, whose requirements carry no item number and must not be split at digits.</summary>
    public bool Unnumbered { get; init; }

    public int FirstLine { get; } = firstLine;

    public int LastLine { get; set; } = firstLine;

    /// <summary>Section text a page break cut off: appended to the current section title at that level.</summary>
    public List<(int Level, string Text, int Line)> SectionExtensions { get; } = [];

    /// <summary>Lines of the section cells, for the section tree's source spans.</summary>
    public List<int> SectionLines { get; } = [];
}
