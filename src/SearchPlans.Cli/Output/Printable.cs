using System.Globalization;
using System.Text;

namespace SearchPlans.Cli.Output;

/// <summary>
/// Text from outside (a file name, a message quoting one) as it may reach a terminal: control characters, invisible
/// and direction marks are written as \u escapes, so a name cannot send an escape sequence, break a table's line, or
/// turn the rest of the line around.
/// </summary>
internal static class Printable
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
            return text ?? "";
        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                printable.Append(c);
        }
        return printable.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
