using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Head;

/// <summary>Dates as plans print them: 2022年11月23日, 2022 年 6 月 13 日.</summary>
internal static partial class ChineseDate
{
    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")]
    private static partial Regex WholeLine();

    public static bool IsDateLine(string line) => WholeLine().IsMatch(line);

    public static DateOnly? Find(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
            return null;
        var (y, mo, d) = (Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
