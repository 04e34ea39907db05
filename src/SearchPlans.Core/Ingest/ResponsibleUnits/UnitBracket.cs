using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.ResponsibleUnits;

/// <summary>A bracket that assigns the text before it to units: （市财政局负责落实）, （责任单位：…）, (…牵头，…配合).</summary>
internal sealed record UnitBracket(int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds unit brackets in running text. A bracket counts when it is labelled (责任单位：, or 完成时限：… before a
/// units field) or its content ends in a role (负责, 牵头, 落实, 配合…), and it stands at a sentence boundary: after
/// 。；, before one, or at the end. A bracket the excerpt cut off (（责任单位：各县〔) runs to the end of the text.
/// </summary>
internal static partial class UnitBrackets
{
    [GeneratedRegex(@"(负责|牵头|落实|配合|协助|参与|办理|实施|承办|负总责)\s*$")]
    internal static partial Regex EndsInRole();

    private const int MaxContent = 300;

    public static IReadOnlyList<UnitBracket> In(string text)
    {
        var folded = Analysis.TextFolding.Fold(text);
        var found = new List<UnitBracket>();
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] is not ('（' or '('))
                continue;
            var end = ClosingOf(folded, i);
            var content = folded[(i + 1)..(end ?? folded.Length)];
            if (content.Length > MaxContent || content.Contains('。'))
                continue;
            var isUnits = UnitListParser.OpensWithLabel(content) || (end is not null && (EndsInRole().IsMatch(content) || LabelledFields.DeadlineClosing(content) is not null))
                || ((LabelledFields.OpensWithLabel(content) || LabelledFields.DeadlineOpening(content) is not null) && LabelledFields.NamesUnits(content));
            if (isUnits && AtBoundary(folded, i, end))
            {
                found.Add(new UnitBracket(i, (end is { } e ? e + 1 : folded.Length) - i));
                i = end ?? folded.Length;
            }
        }
        return found;
    }

    /// <summary>The units a bracket names, without its brackets and label.</summary>
    public static string Content(string bracketText)
    {
        var inner = bracketText.Trim();
        if (inner.Length > 0 && inner[0] is '（' or '(')
            inner = inner[1..];
        if (inner.Length > 0 && inner[^1] is '）' or ')')
            inner = inner[..^1];
        return inner.Trim();
    }

    private static int? ClosingOf(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '（' or '(')
                depth++;
            else if (text[i] is '）' or ')' && --depth == 0)
                return i;
        }
        return null;
    }

    private static bool AtBoundary(string text, int open, int? close)
    {
        var before = text[..open].TrimEnd();
        if (before.Length == 0 || IsSentenceEnd(before[^1]))
            return true;
        if (close is not { } c)
            return true;
        var after = text[(c + 1)..].TrimStart();
        return after.Length == 0 || IsSentenceEnd(after[0]);
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '.' or '！' or '？' or '!' or '?' or '，' or ',';
}
