using System.Globalization;

namespace SearchPlans.Ingest;

/// <summary>
/// Numbers written with any Unicode decimal digits. The reader's patterns match digits with \d, which takes the
/// full-width digits Chinese documents print (２０２２年, １．) as well as ASCII ones, and int.Parse refuses them.
/// </summary>
internal static class DigitText
{
    /// <summary>The value of a run of decimal digits of any script; the patterns that find them bound their length.</summary>
    public static int Parse(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
                throw new FormatException($"\"{digits}\" is not a run of decimal digits");
            value = checked(value * 10 + digit);
        }
        return value;
    }
}
