using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// The page's attachments (附件): links to document files (Word, WPS, PDF, OFD, spreadsheets, archives), or links whose
/// text or the text before them says 附件. Links inside the page's chrome are other pages' documents, not this one's.
/// </summary>
internal static partial class AttachmentLinks
{
    [GeneratedRegex(@"\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar|7z)(?:$|[?#])", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentAddress();

    public static bool IsDocumentLink(IElement link) => link.GetAttribute("href") is { } href && DocumentAddress().IsMatch(href.Trim());

    public static IReadOnlyList<Attachment> Find(IElement body, ISet<IElement> chrome)
    {
        var found = new List<Attachment>();
        foreach (var link in body.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("href")?.Trim() is not { Length: > 0 } href || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                continue;
            var name = PageText.Of(link);
            if (!IsDocumentLink(link) && !name.Contains("附件") && !(link.PreviousSibling?.TextContent.Contains("附件") ?? false))
                continue;
            if (link.Ancestors<IElement>().Any(chrome.Contains) || found.Any(a => a.Address == href))
                continue;
            found.Add(new Attachment(name.Length > 0 ? name : Uri.UnescapeDataString(href.Split('/', '\\')[^1]), href));
        }
        return found;
    }
}
