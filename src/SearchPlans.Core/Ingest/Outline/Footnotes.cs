namespace SearchPlans.Ingest.Outline;

/// <summary>
/// Footnotes: a circled number printed inside a sentence (《管理办法》①有关要求) is a footnote's mark, and a line that
/// opens with that number is the footnote, not a point ① of the task above it.
/// </summary>
internal static class Footnotes
{
    public static IReadOnlySet<char> MarksIn(IEnumerable<string> lines)
    {
        var marks = new HashSet<char>();
        foreach (var line in lines)
        {
            var text = line.Trim();
            for (var i = 1; i < text.Length; i++)
                if (text[i] is >= '①' and <= '⑳' && IsWordEnd(text[i - 1]))
                    marks.Add(text[i]);
        }
        return marks;
    }

    public static bool Opens(string line, IReadOnlySet<char> marks) => line.Length > 1 && marks.Contains(line[0]);

    // A mark follows the word or quotation it annotates; a point follows a boundary (：, ；, 。 or a space).
    private static bool IsWordEnd(char c) => char.IsLetterOrDigit(c) || c is '》' or '”' or '）' or ')' or '"';
}
