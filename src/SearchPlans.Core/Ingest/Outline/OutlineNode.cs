namespace SearchPlans.Ingest.Outline;

/// <summary>One numbered part of a document and the text up to the next accepted label; parts below it are its children.</summary>
internal sealed class OutlineNode(NumberingMarker marker, string label, int depth, int line)
{
    public NumberingMarker Marker { get; } = marker;

    /// <summary>The label as printed ("（一）", "1 ."), without surrounding white space.</summary>
    public string Label { get; } = label;

    public int Depth { get; } = depth;

    public string Text { get; set; } = "";

    public int FirstLine { get; } = line;

    public int LastLine { get; set; } = line;

    public List<OutlineNode> Children { get; } = [];
}
