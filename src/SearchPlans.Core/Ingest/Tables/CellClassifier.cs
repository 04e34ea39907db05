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

    /// <summary>An unnumbered title that ends no sentence, which a stream of cells uses for its merged first column.</summary>
    public static bool IsShortTitle(string cell)
    {
        var text = cell.Trim();
        return text.Length is > 0 and <= ShortTitle && !text.Contains('。') && !Rows.SentenceEnd.IsComplete(text) && NumberingMarkers.AtStart(text) is null;
    }
}
