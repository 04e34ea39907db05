using System.Text.RegularExpressions;
using SearchPlans.Ingest.Shapes;

namespace SearchPlans.Ingest.Tables;

/// <summary>
/// Whether a cell reads as a column name: short, no digits or punctuation, and naming what a plan's columns hold
/// (任务, 要求, 单位, 分工, 时限…). Known header names count whole; the words only make a header likely.
/// </summary>
internal static partial class HeaderCell
{
    // 责任处室及完成时限, a column that holds two fields, is the longest name plans use.
    private const int LongestName = 8;

    [GeneratedRegex(@"任务|要求|要点|单位|部门|处室|科室|股室|时限|时间|序号|备注|分工|措施|内容|目标|事项|责任|牵头|配合|标准|进度|举措|重点|类别|分类|领域")]
    private static partial Regex ColumnWord();

    [GeneratedRegex(@"[\d。；;，,：:！？!?（）()、]")]
    private static partial Regex NotInAName();

    public static bool Looks(string cell) => (IsNameShaped(cell) && Names(cell)) || IsTwoNames(cell);

    // A column that holds two fields is named for both (责任处室及完成时限), longer than one name may be.
    [GeneratedRegex(@"^(?<a>\p{IsCJKUnifiedIdeographs}{2,8})[及和与](?<b>\p{IsCJKUnifiedIdeographs}{2,8})$")]
    private static partial Regex TwoNames();

    private static bool IsTwoNames(string cell) =>
        TwoNames().Match(Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell)) is { Success: true } m
        && Names(m.Groups["a"].Value) && Names(m.Groups["b"].Value);

    /// <summary>
    /// Whether a row of two cells or more is a header: every cell shaped like a name, and all but one naming what a
    /// plan's columns hold. A table's own wording for one column (类别, 方面, 板块) must not hide its header; a row
    /// of data always has a cell with a sentence, a digit or a unit list's commas.
    /// </summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells)
    {
        var named = cells.Where(c => c.Trim().Length > 0).ToList();
        return named.Count >= 2 && named.All(c => IsNameShaped(c) || IsTwoNames(c)) && named.Count(c => Names(c) || IsTwoNames(c)) >= Math.Max(2, named.Count - 1);
    }

    /// <summary>Whether the column is for remarks (备注), whose cells say something about a task but are no part of it.</summary>
    public static bool IsRemarks(string cell) => Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell) is "备注" or "说明" or "备注说明";

    private static bool IsNameShaped(string cell)
    {
        var text = Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell);
        return text.Length is > 0 and <= LongestName && !NotInAName().IsMatch(text);
    }

    private static bool Names(string cell)
    {
        var text = Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell);
        return TableHeader.IsHeaderCell(text) || ColumnWord().IsMatch(text);
    }
}
