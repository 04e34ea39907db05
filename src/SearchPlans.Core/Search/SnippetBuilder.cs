namespace SearchPlans.Search;

/// <summary>Cuts the window of a text that holds the most marks and splits it into fragments.</summary>
internal static class SnippetBuilder
{
    public const int DefaultWidth = 120;

    // How much text to show before the first mark of a window, unless a sentence starts nearer.
    private const int LeadIn = 20;

    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '\n'];

    /// <param name="marks">Sorted, disjoint ranges, as <see cref="TextMarks.Find"/> gives them.</param>
    public static Snippet Build(string text, IReadOnlyList<TextRange> marks, int width = DefaultWidth)
    {
        var window = text.Length <= width ? new TextRange(0, text.Length) : ChooseWindow(text, marks, width);
        return new Snippet(Fragments(text, window, marks), window.Start > 0, window.End < text.Length);
    }

    private static TextRange ChooseWindow(string text, IReadOnlyList<TextRange> marks, int width)
    {
        var best = new TextRange(0, width);
        var bestScore = (Marks: -1, Chars: -1);
        foreach (var anchor in marks)
        {
            var start = WindowStart(text, anchor.Start);
            var candidate = new TextRange(start, start + width);
            var inside = marks.Where(m => m.Start >= candidate.Start && m.End <= candidate.End).ToList();
            var score = (Marks: inside.Count, Chars: inside.Sum(m => m.Length));
            if (score.Marks > bestScore.Marks || (score.Marks == bestScore.Marks && score.Chars > bestScore.Chars))
                (best, bestScore) = (candidate, score);
        }

        // Near the end, show more of what comes before rather than a short window.
        var end = Math.Min(best.End, text.Length);
        var begin = Math.Max(0, Math.Min(best.Start, end - width));
        // Never cut a mark in two: let the window run to the end of a mark it reaches into.
        foreach (var mark in marks.Where(m => m.Start < end && m.End > end))
            end = mark.End;
        return new TextRange(begin, end).AlignedTo(text);
    }

    private static int WindowStart(string text, int markStart)
    {
        var earliest = Math.Max(0, markStart - LeadIn);
        var sentenceEnd = text.LastIndexOfAny(SentenceEnds, Math.Max(0, markStart - 1), markStart - earliest);
        return sentenceEnd >= earliest && sentenceEnd < markStart ? sentenceEnd + 1 : earliest;
    }

    private static List<SnippetFragment> Fragments(string text, TextRange window, IReadOnlyList<TextRange> marks)
    {
        var fragments = new List<SnippetFragment>();
        var position = window.Start;
        foreach (var mark in marks)
        {
            var start = Math.Max(mark.Start, window.Start);
            var end = Math.Min(mark.End, window.End);
            if (end <= start)
                continue;
            if (start > position)
                fragments.Add(new SnippetFragment(text[position..start], false));
            fragments.Add(new SnippetFragment(text[start..end], true));
            position = end;
        }
        if (window.End > position)
            fragments.Add(new SnippetFragment(text[position..window.End], false));
        return fragments;
    }
}
