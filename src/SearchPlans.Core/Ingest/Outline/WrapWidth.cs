namespace SearchPlans.Ingest.Outline;

/// <summary>
/// The width text copied from a PDF was wrapped at: an official document sets a fixed number of characters to the line
/// (28 in the national format), so most of its long lines share one length and almost none is longer. A line of that
/// width that stops mid-sentence was wrapped, however much it looks like a heading.
/// </summary>
internal static class WrapWidth
{
    /// <summary>Lines shorter than this are headings, signatures or a paragraph's last line, and say nothing of the width.</summary>
    private const int LongLine = 16;

    /// <summary>Half-width digits and Latin letters make a wrapped line a few characters longer or shorter.</summary>
    private const int Slack = 3;

    private const int FewestWrappedLines = 4;

    /// <summary>The width the lines were wrapped at, or null when they were not wrapped at one (a web page, a Word file).</summary>
    public static int? Of(IEnumerable<string> lines)
    {
        var lengths = lines.Select(l => l.Trim().Length).Where(n => n >= LongLine).ToList();
        if (lengths.Count < FewestWrappedLines)
            return null;
        var width = lengths.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var atWidth = lengths.Count(n => n >= width - Slack && n <= width + Slack);
        var longer = lengths.Count(n => n > width + Slack);
        return atWidth >= FewestWrappedLines && atWidth * 2 >= lengths.Count && longer * 10 <= lengths.Count ? width : null;
    }

    /// <summary>Whether a line runs to the wrapping width.</summary>
    public static bool Fills(string line, int? width) => width is { } w && line.Trim().Length >= w - Slack;
}
