using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Rows;

/// <summary>
/// Splits a cell that holds several numbered requirements ("3.… 4.… 5.…") into one piece per item.
/// </summary>
/// <remarks>
/// A label only counts where it follows the start, white space or the end of a sentence, and only when it
/// continues the numbering (n+1): that keeps "2022年", "12345", "第 6 版" and "1+1+9" inside the text.
/// </remarks>
internal static partial class ItemSplitter
{
    [GeneratedRegex(@"(?<=^|[\s。；;！？!?>])(\d{1,3})\s*[.．、](?:(?!\d)|(?=\d{4}\s*年))")]
    private static partial Regex Label();

    public static IReadOnlyList<string> Split(string cell)
    {
        cell = cell.Trim();
        // A cell that does not open with a label holds one unnumbered item.
        if (!ItemLabel.StartsWithLabel(cell))
            return cell.Length == 0 ? [] : [cell];

        var cuts = new List<int>();
        int? expected = null;
        foreach (Match m in Label().Matches(cell))
        {
            var n = DigitText.Parse(m.Groups[1].Value);
            if (expected is null ? m.Index == 0 : n == expected)
            {
                cuts.Add(m.Index);
                expected = n + 1;
            }
        }
        var pieces = new List<string>();
        for (var i = 0; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1] : cell.Length;
            var piece = cell[cuts[i]..end].Trim();
            if (piece.Length > 0)
                pieces.Add(piece);
        }
        return pieces;
    }
}
