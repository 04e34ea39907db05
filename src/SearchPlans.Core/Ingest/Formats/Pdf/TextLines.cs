using System.Text;
using UglyToad.PdfPig.Content;

namespace SearchPlans.Ingest.Formats.Pdf;

/// <summary>One line of letters on a PDF page, left to right.</summary>
internal sealed record TextLine(string Text, double Baseline, double Left, double Right, double Size);

/// <summary>A paragraph of a page, with what tells whether it goes on from the page before or onto the next.</summary>
/// <param name="Top">The baseline of its first line.</param>
/// <param name="Indented">Its first line starts right of the text's left edge (a paragraph's first-line indent).</param>
/// <param name="RunsOn">Its last line reaches the right edge, so the paragraph may go on past it.</param>
internal sealed record PageParagraph(double Top, string Text, bool Indented, bool RunsOn);

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

    public static List<PageParagraph> Paragraphs(IReadOnlyList<TextLine> lines)
    {
        var paragraphs = new List<PageParagraph>();
        if (lines.Count == 0)
            return paragraphs;
        var left = lines.Min(l => l.Left);
        // The right edge most lines run to: a line of half-width punctuation may run a little past it.
        var right = lines.GroupBy(l => Math.Round(l.Right)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var pitch = LinePitch(lines);
        bool Full(TextLine line) => line.Right >= right - 3 * line.Size;
        bool Indented(TextLine line) => line.Left > left + 0.8 * line.Size;
        bool Spaced(int i) => lines[i].Baseline - lines[i + 1].Baseline > pitch + 0.25 * lines[i + 1].Size;
        // Where paragraphs are spaced apart (most short lines are followed by space), the space says where one ends,
        // even after a line that a word too long to break left short; otherwise only a line that ran to the right edge
        // goes on.
        var shortEnds = Enumerable.Range(0, lines.Count - 1).Where(i => !Full(lines[i])).ToList();
        var spaced = shortEnds.Count > 0 && shortEnds.Count(Spaced) * 2 >= shortEnds.Count;
        var (first, text) = (lines[0], new StringBuilder(lines[0].Text));
        for (var i = 1; i < lines.Count; i++)
        {
            var (above, line) = (lines[i - 1], lines[i]);
            if ((spaced || Full(above)) && !Indented(line) && !Spaced(i - 1))
            {
                Join(text, line.Text);
                continue;
            }
            paragraphs.Add(new PageParagraph(first.Baseline, text.ToString(), Indented(first), Full(above)));
            (first, text) = (line, new StringBuilder(line.Text));
        }
        paragraphs.Add(new PageParagraph(first.Baseline, text.ToString(), Indented(first), Full(lines[^1])));
        return paragraphs;
    }

    /// <summary>Appends a line to a paragraph: Chinese runs on without a space, Latin words take one.</summary>
    public static void Join(StringBuilder paragraph, string line) =>
        paragraph.Append(paragraph.Length > 0 && NeedsSpace(paragraph[^1], line[0]) ? " " : "").Append(line);

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
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            // Gaps are measured between advances, not inks: a full-width （ or ， draws a narrow glyph in a wide box.
            // Chinese takes no spaces, and word processors set a little space between it and Latin text by themselves,
            // so only a wide gap next to it is a space.
            if (previous is not null && letter.Value.Length > 0 && letter.Value != " " && text.Length > 0 && text[^1] != ' '
                && letter.StartBaseLine.X - previous.EndBaseLine.X > (NeedsSpace(text[^1], letter.Value[0]) ? 0.2 : 1.0) * Size(letter))
                text.Append(' ');
            if (letter.Value != " " || (text.Length > 0 && text[^1] != ' '))
                text.Append(letter.Value);
            previous = letter;
        }
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var size = visible.Count > 0 ? visible.Average(Size) : Size(letters[0]);
        return new TextLine(text.ToString().Trim(), letters[0].StartBaseLine.Y,
            visible.Count > 0 ? visible.Min(l => l.StartBaseLine.X) : letters[0].StartBaseLine.X,
            visible.Count > 0 ? visible.Max(l => l.EndBaseLine.X) : letters[^1].EndBaseLine.X, size);
    }

    private static bool NeedsSpace(char before, char after) => IsLatin(before) && IsLatin(after);

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}
