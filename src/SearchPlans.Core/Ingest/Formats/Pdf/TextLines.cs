using System.Text;
using UglyToad.PdfPig.Content;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>One line of letters on a PDF page, left to right.</summary>
internal sealed record TextLine(string Text, double Baseline, double Left, double Right, double Size);

/// <summary>
/// Puts a PDF's letters into lines by their baselines, and lines into paragraphs as a reader sees them: a line joins
/// the one above when that one ran to the right edge, it is not indented, and no paragraph spacing lies between them.
/// Chinese lines join without a space, Latin words with one.
/// </summary>
internal static class TextLines
{
    public static List<TextLine> Lines(IEnumerable<Letter> letters)
    {
        var lines = new List<TextLine>();
        var current = new List<Letter>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > 0.5 * Size(current[0]))
            {
                lines.Add(Line(current));
                current = [];
            }
            current.Add(letter);
        }
        if (current.Count > 0)
            lines.Add(Line(current));
        return lines.Where(l => l.Text.Length > 0).ToList();
    }

    /// <returns>Each paragraph's text and the baseline of its first line.</returns>
    public static List<(double Top, string Text)> Paragraphs(IReadOnlyList<TextLine> lines)
    {
        var paragraphs = new List<(double Top, string Text)>();
        if (lines.Count == 0)
            return paragraphs;
        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var pitch = LinePitch(lines);
        var (top, text) = (lines[0].Baseline, new StringBuilder(lines[0].Text));
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, line) = (lines[i - 1], lines[i]);
            var runsOn = above.Right >= right - 3 * above.Size
                && line.Left <= left + 0.8 * line.Size
                && above.Baseline - line.Baseline <= pitch + 0.25 * line.Size;
            if (runsOn)
            {
                text.Append(NeedsSpace(text[^1], line.Text[0]) ? " " : "").Append(line.Text);
                continue;
            }
            paragraphs.Add((top, text.ToString()));
            (top, text) = (line.Baseline, new StringBuilder(line.Text));
        }
        paragraphs.Add((top, text.ToString()));
        return paragraphs;
    }

    public static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    // The distance between the lines of one paragraph: the most common one between neighbouring lines.
    private static double LinePitch(IReadOnlyList<TextLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1), (a, b) => Math.Round((a.Baseline - b.Baseline) * 2) / 2)
            .Where(g => g > 0).ToList();
        return gaps.Count == 0 ? 1.3 * lines[0].Size : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static TextLine Line(List<Letter> letters)
    {
        letters.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null && letter.Value != " " && text.Length > 0 && text[^1] != ' '
                && letter.BoundingBox.Left - previous.BoundingBox.Right > 0.4 * Size(letter))
                text.Append(' ');
            if (letter.Value != " " || (text.Length > 0 && text[^1] != ' '))
                text.Append(letter.Value);
            previous = letter;
        }
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var size = visible.Count > 0 ? visible.Average(Size) : Size(letters[0]);
        return new TextLine(text.ToString().Trim(), letters[0].StartBaseLine.Y,
            visible.Count > 0 ? visible.Min(l => l.BoundingBox.Left) : letters[0].BoundingBox.Left,
            visible.Count > 0 ? visible.Max(l => l.BoundingBox.Right) : letters[^1].BoundingBox.Right, size);
    }

    private static bool NeedsSpace(char before, char after) => IsLatin(before) && IsLatin(after);

    private static bool IsLatin(char c) => c < 0x2E80 && !char.IsWhiteSpace(c);
}
