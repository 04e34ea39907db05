using System.Buffers;
using System.Text;

namespace SearchPlans.Index;

/// <summary>
/// Where a requirement's text lists things (政务新媒体、政府网站、新闻发布会等平台): a word said among the items of a list
/// is said in passing, a word outside any list is what the requirement is about. Of the judged searches' literal
/// matches, those graded "about the subject" were outside lists nearly always, those graded "in passing" mostly inside.
/// </summary>
public static class Enumerations
{
    /// <summary>
    /// How far either side of the list's separators (、) its items reach, in characters: the items of the plans' lists
    /// are mostly two to six characters, and a word touching this reach is one of them or joined to one.
    /// </summary>
    public const int ItemReach = 4;

    // A list never runs past the end of its clause.
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("，。；：！？,;:!?（）()“”\"\n\r");

    /// <summary>The text with its lists left out (each replaced by one full stop, so no word spans the gap); null when it lists nothing.</summary>
    public static string? Focus(string text)
    {
        if (!text.Contains('、'))
            return null;
        var focus = new StringBuilder(text.Length);
        var start = 0;
        while (start <= text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny(ClauseEnds);
            var end = length < 0 ? text.Length : start + length;
            AppendWithoutList(focus, text, start, end);
            if (end < text.Length)
                focus.Append(text[end]);
            start = end + 1;
        }
        return focus.ToString();
    }

    // One clause, its list (from the first separator's reach to the last's) replaced by a full stop.
    private static void AppendWithoutList(StringBuilder focus, string text, int start, int end)
    {
        var clause = text.AsSpan(start, end - start);
        var first = clause.IndexOf('、');
        if (first < 0)
        {
            focus.Append(clause);
            return;
        }
        var last = clause.LastIndexOf('、');
        var from = Math.Max(0, first - ItemReach);
        var to = Math.Min(clause.Length, last + 1 + ItemReach);
        focus.Append(clause[..from]).Append('。').Append(clause[to..]);
    }
}
