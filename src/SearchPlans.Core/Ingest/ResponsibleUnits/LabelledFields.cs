using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.ResponsibleUnits;

/// <summary>A task's text with its labelled fields taken out: 责任单位：… and 完成时限：… printed after it.</summary>
/// <param name="DeadlineRemoved">The deadline's label and the stop or comma closing it, which the fields do not keep.</param>
internal sealed record TaskFields(string Body, string Units, string Deadline, string DeadlineRemoved);

/// <summary>
/// Fields an outline prints after a task, unbracketed, on its line or the next: 责任单位：市财政局 / 牵头单位：… 配合单位：…
/// / 完成时限：2022年底前. A field runs to the next field or the end of the task.
/// </summary>
internal static partial class LabelledFields
{
    // A field follows a stop, a semicolon or a comma (（责任单位：市司法局，完成时限：2022年底前）), never a word; a label
    // printed in lenticular brackets (【责任单位】县财政局【完成时间】2024年底前) is marked by them, wherever it stands,
    // and needs no colon. Matched on folded text, where 【】〔〕 are [].
    [GeneratedRegex(@"(?:(?<=^|[。；;，,\s])" + Names + @"\s*[:：]|\[\s*" + Names + @"\s*\]\s*[:：]?)")]
    private static partial Regex Label();

    private const string Names = @"(?:(?<units>(?:责任|牵头|主责|落实|承办|配合|协办)\s*(?:单位|部门|处室|科室)|牵头|配合|协办)|(?<deadline>完成\s*(?:时限|时间)|时间\s*要求|时限\s*要求|时限))";

    /// <summary>Whether a line opens with a field label (a task's units or deadline printed on a line of its own).</summary>
    public static bool OpensWithLabel(string line) => Label().Match(Analysis.TextFolding.Fold(line.TrimStart())) is { Success: true, Index: 0 };

    /// <summary>Whether the text holds a units field (责任单位：…) anywhere, as a bracket that opens with its deadline does.</summary>
    public static bool NamesUnits(string text) => Label().Matches(Analysis.TextFolding.Fold(text)).Any(m => m.Groups["units"].Success);

    public static TaskFields Split(string text)
    {
        var labels = Label().Matches(Analysis.TextFolding.Fold(text)).Where(m => !InsideBrackets(text, m.Index)).ToList();
        if (labels.Count == 0)
            return new TaskFields(text, "", "", "");
        var units = new List<string>();
        string deadline = "", deadlineRemoved = "";
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            if (labels[i].Groups["units"].Success)
                units.Add(text[labels[i].Index..end].Trim());
            else if (deadline.Length == 0)
            {
                var raw = text[(labels[i].Index + labels[i].Length)..end].Trim();
                deadline = raw.TrimEnd(ClosingMarks).Trim();
                deadlineRemoved = text.Substring(labels[i].Index, labels[i].Length) + raw[deadline.Length..];
            }
            else
                units.Add(text[labels[i].Index..end].Trim()); // a second deadline field stays visible beside the units rather than lost
        }
        return new TaskFields(text[..labels[0].Index].Trim(), string.Join("\n", units), deadline, deadlineRemoved);
    }

    /// <summary>
    /// A deadline printed as a field among the units, as 分工方案 print them in one bracket or cell
    /// (（责任单位：市财政局；完成时限：2021年12月底前）): the units without it, the deadline, and the label and
    /// separators to count as removed. Null when the units carry no deadline field.
    /// </summary>
    public static (string Units, string Deadline, string Removed)? TakeDeadline(string units)
    {
        var folded = Analysis.TextFolding.Fold(units);
        // The field may open the bracket, where the label's lookbehind would see （ rather than a boundary.
        var start = folded.Length > 0 && folded[0] is '（' or '(' ? 1 : 0;
        var labels = Label().Matches(folded[start..]).ToList();
        var at = labels.FindIndex(m => m.Groups["deadline"].Success);
        var unitsLabelled = labels.Any(m => m.Groups["units"].Success);
        if (at < 0 && DeadlineClosing(folded[start..], afterUnitsField: unitsLabelled) is { } closingDeadline)
        {
            var last = folded.TrimEnd().Length - (folded.TrimEnd() is [.., '）' or ')'] ? 1 : 0);
            return TakeClosingDeadline(units, folded.LastIndexOfAny(['，', ',', '；', ';'], last - 1), last);
        }
        if (at < 0)
            return DeadlineOpening(folded[start..]) is { } opening && unitsLabelled
                ? TakeOpeningDeadline(units, start, opening)
                : null;
        var label = labels[at];
        var from = start + label.Index;
        var closing = folded.Length > start && folded[^1] is '）' or ')' ? folded.Length - 1 : folded.Length;
        var end = at + 1 < labels.Count ? start + labels[at + 1].Index : closing;
        var raw = units[(from + label.Length)..end].Trim();
        var deadline = raw.TrimEnd(ClosingMarks).Trim();
        if (deadline.Length == 0)
            return null;
        var removed = units.Substring(from, label.Length) + raw[deadline.Length..];
        var rest = units[..from] + units[end..];
        // A bracket that held only the deadline names no unit: its brackets go with the label.
        if (!rest.Any(char.IsLetter))
            (removed, rest) = (removed + rest, "");
        return (rest, deadline, removed);
    }

    /// <summary>
    /// The unlabelled deadline a bracket opens with before its units field (（2024年6月底前完成，责任单位：…）): the
    /// clause up to the first comma or semicolon, when it reads as a deadline; null otherwise.
    /// </summary>
    public static string? DeadlineOpening(string content)
    {
        var end = content.IndexOfAny(['，', ',', '；', ';']);
        return end > 0 && Deadlines.DeadlineFinder.IsDeadlineCell(content[..end]) ? content[..end] : null;
    }

    /// <summary>
    /// The unlabelled deadline a bracket closes with after its units and their role (（省财政厅负责；2025年12月底前）,
    /// （…牵头，持续推进）) or after a units field (（责任单位：县财政局，2024年9月底前完成）): the clause after the last
    /// comma or semicolon, when it reads as a deadline and what comes before it ends in a role or is a units field;
    /// null otherwise.
    /// </summary>
    public static string? DeadlineClosing(string content, bool afterUnitsField = false)
    {
        var inner = content.TrimEnd().TrimEnd('）', ')');
        var at = inner.LastIndexOfAny(['，', ',', '；', ';']);
        return at > 0 && (afterUnitsField || UnitBrackets.EndsInRole().IsMatch(inner[..at])) && Deadlines.DeadlineFinder.IsDeadlineCell(inner[(at + 1)..])
            ? inner[(at + 1)..]
            : null;
    }

    private static (string Units, string Deadline, string Removed) TakeClosingDeadline(string units, int separator, int end) =>
        (units[..separator] + units[end..], units[(separator + 1)..end].Trim(), units[separator].ToString());

    private static (string Units, string Deadline, string Removed) TakeOpeningDeadline(string units, int start, string opening)
    {
        var separator = start + opening.Length;
        return (units[..start] + units[(separator + 1)..], units.Substring(start, opening.Length).Trim(), units[separator].ToString());
    }

    // The marks that close a field and are no part of its value (完成时限：2024年6月30日前。).
    private static readonly char[] ClosingMarks = ['；', ';', '，', ',', '。', '、'];

    private static bool InsideBrackets(string text, int index)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(0, index))
            depth = c is '（' or '(' ? depth + 1 : c is '）' or ')' ? Math.Max(0, depth - 1) : depth;
        return depth > 0;
    }
}
