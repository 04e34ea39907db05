using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Units;

/// <summary>A task's text with its labelled fields taken out: 责任单位：… and 完成时限：… printed after it.</summary>
internal sealed record TaskFields(string Body, string Units, string Deadline, string DeadlineLabel);

/// <summary>
/// Fields an outline prints after a task, unbracketed, on its line or the next: 责任单位：市财政局 / 牵头单位：… 配合单位：…
/// / 完成时限：2022年底前. A field runs to the next field or the end of the task.
/// </summary>
internal static partial class LabelledFields
{
    [GeneratedRegex(@"(?<=^|[。；;\s])(?:(?<units>(?:责任|牵头|主责|落实|承办|配合|协办)\s*(?:单位|部门|处室|科室))|(?<deadline>完成\s*(?:时限|时间)|时间\s*要求|时限\s*要求|时限))\s*[:：]")]
    private static partial Regex Label();

    /// <summary>Whether a line opens with a field label (a task's units or deadline printed on a line of its own).</summary>
    public static bool OpensWithLabel(string line) => Label().Match(Analysis.TextFolding.Fold(line.TrimStart())) is { Success: true, Index: 0 };

    public static TaskFields Split(string text)
    {
        var labels = Label().Matches(Analysis.TextFolding.Fold(text)).Where(m => !InsideBrackets(text, m.Index)).ToList();
        if (labels.Count == 0)
            return new TaskFields(text, "", "", "");
        var units = new List<string>();
        string deadline = "", deadlineLabel = "";
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            if (labels[i].Groups["units"].Success)
                units.Add(text[labels[i].Index..end].Trim());
            else if (deadline.Length == 0)
                (deadlineLabel, deadline) = (text.Substring(labels[i].Index, labels[i].Length), text[(labels[i].Index + labels[i].Length)..end].Trim());
            else
                units.Add(text[labels[i].Index..end].Trim()); // a second deadline field stays visible beside the units rather than lost
        }
        return new TaskFields(text[..labels[0].Index].Trim(), string.Join("\n", units), deadline, deadlineLabel);
    }

    private static bool InsideBrackets(string text, int index)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(0, index))
            depth = c is '（' or '(' ? depth + 1 : c is '）' or ')' ? Math.Max(0, depth - 1) : depth;
        return depth > 0;
    }
}
