using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Rows;

/// <summary>An item label as printed at the start of a requirement: "14. ", "3.", "5、".</summary>
internal static partial class ItemLabel
{
    [GeneratedRegex(@"^\s*(\d{1,3})\s*([.．、])(?:(?!\d)|(?=\d{4}\s*年))\s*")]
    private static partial Regex Leading();

    public static bool StartsWithLabel(string text) => Leading().IsMatch(text);

    /// <summary>Splits "14. 进一步…" into number "14", delimiter "." and the text after it.</summary>
    public static bool TryRead(string text, out string number, out string delimiter, out string rest)
    {
        var m = Leading().Match(text);
        number = m.Success ? m.Groups[1].Value : "";
        delimiter = m.Success ? m.Groups[2].Value : "";
        rest = m.Success ? text[m.Length..] : text;
        return m.Success;
    }
}
