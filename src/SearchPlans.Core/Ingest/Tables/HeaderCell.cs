using System.Text.RegularExpressions;
using SearchPlans.Ingest.Shapes;

namespace SearchPlans.Ingest.Tables;

/// <summary>
/// Whether a cell reads as a column name: short, no digits or punctuation, and naming what a plan's columns hold
/// (任务, 要求, 单位, 分工, 时限…). Known header names count whole; the words only make a header likely.
/// </summary>
internal static partial class HeaderCell
{
    private const int LongestName = 8;

    [GeneratedRegex(@"任务|要求|要点|单位|部门|处室|科室|股室|时限|时间|序号|备注|分工|措施|内容|目标|事项|责任|牵头|配合|标准|进度|举措|重点")]
    private static partial Regex ColumnWord();

    [GeneratedRegex(@"[\d。；;，,：:！？!?（）()、]")]
    private static partial Regex NotInAName();

    public static bool Looks(string cell)
    {
        var text = Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell);
        if (text.Length is 0 or > LongestName || NotInAName().IsMatch(text))
            return false;
        return TableHeader.IsHeaderCell(text) || ColumnWord().IsMatch(text);
    }
}
