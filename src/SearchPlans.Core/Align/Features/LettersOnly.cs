using System.Text;

namespace SearchPlans.Align.Features;

/// <summary>
/// Letters, digits and ideographs only: punctuation and spacing differ between printers and carry no meaning for
/// alignment.
/// </summary>
internal static class LettersOnly
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune))
                sb.Append(rune.ToString());
        return sb.ToString();
    }
}
