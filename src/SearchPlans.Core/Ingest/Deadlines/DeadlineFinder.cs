using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Deadlines;

/// <summary>
/// Deadlines as plans print them: 2021年9月前, 2020年底前, 6月底, 年底前, 第三季度, 持续推进, 长期坚持. A cell of a
/// deadline column may say anything; in running text only a dated limit counts, since 持续推进 there is a verb.
/// </summary>
internal static partial class DeadlineFinder
{
    [GeneratedRegex(@"(?:\d{4}\s*年\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:底|末|中旬|上旬|下旬)\s*(?:前|以前|之前)?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}\s*日\s*)?(?:前|以前|之前))|\d{4}\s*年\s*(?:年\s*)?(?:底|末|上半年|下半年|内)\s*(?:前|以前|之前)?|\d{4}\s*年\s*(?:前|以前|之前)|\d{4}\s*年\s*第[一二三四]季度(?:末|前|之前)?|第[一二三四]季度(?:末|前|之前)|(?<![\p{IsCJKUnifiedIdeographs}])年底前")]
    private static partial Regex Dated();

    [GeneratedRegex(@"^(?:\d{4}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}\s*月|第[一二三四]季度|[上下]半年|年底|年内|全年|每年|每季度|每月)")]
    private static partial Regex OpensWithTime();

    // The whole cell is the ongoing form (持续推进, 长期坚持) or says "as it happens" (及时, 随时): 持续加强政策解读 is a
    // task, not a deadline.
    [GeneratedRegex(@"^(?:持续|长期|常态化?|经常性?)(?:推进|坚持|开展|落实|工作|实施|执行)?$|^(?:及时|即时|随时|实时)(?:公开|发布|更新)?$|年底|年内|全年|季度|半年|[前底]$")]
    private static partial Regex OngoingOrDue();

    /// <summary>The first dated limit in running text (…于2020年底前编制完成… gives 2020年底前), or null.</summary>
    public static string? InText(string text) => Dated().Match(Analysis.TextFolding.Fold(text)) is { Success: true } m
        ? text.Substring(m.Index, m.Length)
        : null;

    /// <summary>Whether a short cell reads as a deadline: 长期推进, 2021年8月前, 2021年2月公布预算信息.</summary>
    public static bool IsDeadlineCell(string cell)
    {
        var text = Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell);
        // A deadline is a phrase; a cell that ends a sentence (2016年底前完成…。) is a task that names its own.
        if (text.Length == 0 || text.Length > 60 || text[^1] is '。' or '；' or ';')
            return false;
        return OpensWithTime().IsMatch(text) || (text.Length <= 12 && OngoingOrDue().IsMatch(text));
    }
}
