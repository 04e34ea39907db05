namespace SearchPlans.Ingest.Outline;

/// <summary>Section ordinals as plans print them: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三.</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        var tens = n / 10;
        var ones = n % 10;
        var head = tens == 0 ? "" : tens == 1 ? "十" : $"{Digits[tens]}十";
        return ones == 0 ? head : head + Digits[ones];
    }
}
