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

    [GeneratedRegex(@"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})")]
    private static partial Regex Numeric();

    /// <summary>A date as plans or web pages print it: 2021年03月16日, 2024-01-18, 2019.06.25.</summary>
    public static DateOnly? FindAny(string text)
    {
        if (Find(text) is { } date)
            return date;
        var m = Numeric().Match(text);
        return m.Success ? Valid(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value)) : null;
    }

    private static DateOnly? Valid(int y, int mo, int d) =>
        y is >= 1949 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;

    public static DateOnly? Find(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
            return null;
        var (y, mo, d) = (Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int Int(string s) => DigitText.Parse(s);
}
