using System.Text.RegularExpressions;
using SearchPlans.Ingest;

namespace SearchPlans.Generate;

/// <summary>
/// Whether a requirement text can be written into every layout and read back as exactly one requirement: no
/// cell or line breaks, no markup characters, no inline unit marker, no ordinal at its start and no item label
/// inside it that would split the cell.
/// </summary>
internal static partial class SafeText
{
    [GeneratedRegex(@"(?<=^|[\s。；;！？!?>])\d{1,3}\s*[.．、](?!\d)")]
    private static partial Regex InnerLabel();

    [GeneratedRegex(@"^\s*(备注|附件|抄送|公开方式|注)\s*[：:]")]
    private static partial Regex TailOpening();

    public static bool IsSafe(string text) =>
        text.Length >= 6
        && text.IndexOfAny(['\t', '\n', '\r', '<', '>', '*', '#', '_', '`', '[', ']', '&', '|']) < 0
        && !ReaderRules.HasUnitMarker(text)
        && ReaderRules.SectionOrdinalLevel(text) is null
        && !InnerLabel().IsMatch(text)
        && !TailOpening().IsMatch(text)
        && ReaderRules.EndsSentence(text);

    /// <summary>A section title as one clean line: no ordinal, no markup, no sentence end inside.</summary>
    public static string Title(string title)
    {
        var t = Regex.Replace(title, @"^\s*([一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)])\s*", "");
        t = Regex.Replace(t, @"[\s<>*#_`\[\]&|]", "");
        var stop = t.IndexOfAny(['。', '；', ';']);
        return (stop >= 0 ? t[..stop] : t).TrimEnd('，', '、', '：');
    }

    /// <summary>Ends the text with 。 where it ends with no sentence mark.</summary>
    public static string Closed(string text) => ReaderRules.EndsSentence(text) ? text : text.TrimEnd('，', '、', '：', ',') + "。";
}
