using System.Text.RegularExpressions;
using SearchPlans.Analysis;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Finds a file that holds its plan twice over (two exports pasted together): the title line comes back, alone on
/// its line, after the body has begun. Read as one plan, the second copy would double every item number.
/// </summary>
public static partial class RepeatedTitle
{
    // Shorter titles could be an ordinary line that happens to match.
    private const int MinimumTitleLength = 8;

    [GeneratedRegex(@"<[^<>]{0,200}>|[#*]")]
    private static partial Regex Markup();

    /// <summary>The line where the title appears again, or null.</summary>
    public static int? FindRepeat(SourceText source, string title, int bodyStart)
    {
        var key = Key(title);
        if (key.Length < MinimumTitleLength)
            return null;
        for (var line = bodyStart; line <= source.LineCount; line++)
        {
            var text = source[line];
            // Cheap length check first: a long body line cannot be the title.
            if (text.Length <= key.Length * 3 + 20 && Key(text) == key)
                return line;
        }
        return null;
    }

    private static string Key(string line) => TextCompaction.FoldedWithoutWhiteSpace(Markup().Replace(line, ""));
}
