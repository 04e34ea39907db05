using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Cleaning;

/// <summary>
/// A page's number on a line of its own, as PDF extraction and document libraries leave it between the lines of a
/// sentence (— 2 —, - 3 -, 第2页, 第 2 页 共 10 页, 2/10): page furniture, removed so the sentence joins up again.
/// </summary>
internal static partial class PageNumberLine
{
    [GeneratedRegex(@"^\s*(?:[-—–－─]+\s*\d{1,4}\s*[-—–－─]+|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})\s*$")]
    private static partial Regex Pattern();

    public static bool Is(string line) => Pattern().IsMatch(line);
}
