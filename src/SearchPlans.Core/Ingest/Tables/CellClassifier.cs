using System.Text.RegularExpressions;
using SearchPlans.Ingest.Deadlines;
using SearchPlans.Ingest.Outline;
using SearchPlans.Ingest.ResponsibleUnits;

namespace SearchPlans.Ingest.Tables;

/// <summary>Reads what a cell holds from its content, so a row that lost a cell is still read by what is left.</summary>
internal static partial class CellClassifier
{
    /// <summary>Titles of a merged section column end no sentence (教育民生, 政策解读); a longer cell is text.</summary>
    private const int ShortTitle = 300;

    // A 序号 cell: 12, or 三 in plans that number rows in Chinese.
    [GeneratedRegex(@"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")]
    private static partial Regex RowNumber();

    public static CellKind Classify(string cell, bool afterText)
    {
        var text = cell.Trim();
        if (text.Length == 0)
            return CellKind.Blank;
        if (RowNumber().IsMatch(text))
            return CellKind.Number;
        if (NumberingMarkers.AtStart(text) is { Style: NumberingStyle.ChineseComma or NumberingStyle.ChineseBracket })
            return CellKind.Section;
        if (UnitCell.Looks(text))
            return CellKind.Units;
        if (afterText && DeadlineFinder.IsDeadlineCell(text))
            return CellKind.Deadline;
        return CellKind.Text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>
    /// The cell as the cells it holds: one, or a units list and a deadline a line break parts within one cell
    /// (责任处室及完成时限: 登记注册局 / 2024年6月底前), in either order.
    /// </summary>
    public static IEnumerable<string> Parts(string cell)
    {
        var text = cell.Trim();
        var breaks = Space().Matches(text);
        if (breaks.Count > 0)
        {
            var (first, last) = (breaks[0], breaks[^1]);
            var (head, tail) = (text[..last.Index], text[(last.Index + last.Length)..]);
            if (DeadlineFinder.IsDeadlineCell(tail) && UnitCell.Looks(head))
                return [head, tail];
            (head, tail) = (text[..first.Index], text[(first.Index + first.Length)..]);
            if (DeadlineFinder.IsDeadlineCell(head) && UnitCell.Looks(tail))
                return [tail, head];
        }
        return [cell];
    }

    /// <summary>An unnumbered title that ends no sentence, which a stream of cells uses for its merged first column.</summary>
    public static bool IsShortTitle(string cell)
    {
        var text = cell.Trim();
        return text.Length is > 0 and <= ShortTitle && !text.Contains('。') && !Rows.SentenceEnd.IsComplete(text) && NumberingMarkers.AtStart(text) is null;
    }
}
