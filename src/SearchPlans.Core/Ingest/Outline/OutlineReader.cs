namespace SearchPlans.Ingest.Outline;

/// <summary>
/// Reads the numbering hierarchy of a document's body from its paragraphs. A label is accepted only where it
/// continues the numbering: the next value of a style already open (closing the deeper ones), or 1 of a new style
/// (or the value after its last one, for plans numbered through), which opens a level below the current part. Labels
/// run in mid-paragraph count too (whole plans pasted on one line), so the excerpt "一、总体要求 … （一）… 1、…" is
/// read as three levels.
/// </summary>
internal sealed class OutlineReader(NumberingStyle? opensWith)
{
    // Labels before the body's first top-level label (a page number, a list in the notice) number nothing.
    private NumberingStyle? waitingFor = opensWith;

    // A line-opening label may skip a few values (an excerpt that left items out); in running text it may not.
    private const int LargestGapAtLineStart = 3;

    private readonly List<(NumberingStyle Style, int Value, OutlineNode Node)> open = [];

    private readonly Dictionary<NumberingStyle, int> lastValue = [];

    public List<OutlineNode> Roots { get; } = [];

    /// <summary>Unnumbered text before the first label: the preamble.</summary>
    public List<Paragraph> Before { get; } = [];

    public void Read(IEnumerable<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
            ReadParagraph(paragraph);
    }

    /// <summary>Whether a label would be accepted now, and at which depth.</summary>
    private int? DepthFor(NumberingMarker marker, bool atLineStart)
    {
        var depth = open.FindIndex(o => o.Style == marker.Style);
        if (depth >= 0)
        {
            var last = open[depth].Value;
            var next = marker.Value == last + 1 || (atLineStart && marker.Value > last && marker.Value <= last + LargestGapAtLineStart);
            return next ? depth : null;
        }
        // Many plans number their tasks through the whole document (（一）1.–4. （二）5.…), so a style opens again
        // where it stopped as well as at 1.
        var resumes = lastValue.TryGetValue(marker.Style, out var stopped) && marker.Value == stopped + 1;
        if (marker.Value == 1 || resumes || (atLineStart && open.Count == 0 && marker.Value <= LargestGapAtLineStart))
            return open.Count;
        return null;
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var text = paragraph.Text;
        var cursor = 0;
        var lineStart = true;
        foreach (var marker in NumberingMarkers.In(text))
        {
            if (marker.Index < cursor || (waitingFor is { } style && (marker.Style != style || marker.Value != 1)))
                continue;
            waitingFor = null;
            var atStart = lineStart && text[cursor..marker.Index].Trim().Length == 0;
            if (DepthFor(marker, atStart) is not { } depth)
                continue;
            Append(text[cursor..marker.Index], paragraph, cursor == 0);
            Open(marker, text.Substring(marker.Index, marker.Length).Trim(), depth, paragraph.FirstLine);
            cursor = marker.End;
            lineStart = false;
        }
        Append(text[cursor..], paragraph, cursor == 0);
    }

    private void Open(NumberingMarker marker, string label, int depth, int line)
    {
        open.RemoveRange(depth, open.Count - depth);
        lastValue[marker.Style] = marker.Value;
        var node = new OutlineNode(marker, label, depth, line);
        if (depth == 0)
            Roots.Add(node);
        else
            open[depth - 1].Node.Children.Add(node);
        open.Add((marker.Style, marker.Value, node));
    }

    private void Append(string text, Paragraph paragraph, bool newParagraph)
    {
        if (text.Trim().Length == 0)
            return;
        if (open.Count == 0)
        {
            Before.Add(paragraph with { Text = text.Trim() });
            return;
        }
        // The deepest open part never has children yet: unnumbered text continues it.
        var node = open[^1].Node;
        node.Text += newParagraph && node.Text.Length > 0 ? "\n" + text : text;
        node.LastLine = Math.Max(node.LastLine, paragraph.LastLine);
    }
}
