using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Head;

/// <summary>Document numbers (文号) such as 江建管〔2022〕39号 or 国办发〔2022〕8号; the brackets vary between printers.</summary>
internal static partial class DocumentNumber
{
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号")]
    public static partial Regex Pattern();

    [GeneratedRegex(@"^\s*[\p{IsCJKUnifiedIdeographs}]{1,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号\s*$")]
    private static partial Regex WholeLine();

    public static bool IsNumberLine(string line) => WholeLine().IsMatch(line);

    /// <summary>One spelling for comparison: 〔〕 brackets and no spaces.</summary>
    public static string Canonical(string number) => Regex.Replace(number, @"\s", "")
        .Replace('[', '〔').Replace('［', '〔').Replace('【', '〔').Replace('(', '〔').Replace('（', '〔')
        .Replace(']', '〕').Replace('］', '〕').Replace('】', '〕').Replace(')', '〕').Replace('）', '〕');
}
