using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// The parts of a portal's page that are the portal's, not the plan's: navigation, header and footer, share and print
/// buttons, breadcrumbs, and lists of links (related articles, other columns). Told by the element (nav, footer), its
/// role, the words of its class or id as web pages name these parts, a short block that opens with the words portals
/// print on them (分享到, 相关链接, 当前位置), or links making up most of its text. A list that links documents (附件)
/// is the plan's.
/// </summary>
internal static partial class PageChrome
{
    private static readonly HashSet<string> ChromeTags = ["nav", "header", "footer", "aside", "form", "button", "select", "iframe", "noscript", "object", "embed", "svg", "canvas"];

    private static readonly HashSet<string> ChromeRoles = ["navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary", "toolbar"];

    // Words in class and id names of portal chrome, whole or as the start of a word (navbar, footer-links, bdshare).
    [GeneratedRegex(@"(?:^|[^a-z])(?:nav|menu|foot|breadcrumb|crumb|share|bdshare|social|relat|sidebar|toolbar|tools|print|copyright|position|location|xgxx|xgwz|xglj|link)", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"^\s*[【\[]?\s*(?:分享到|相关链接|相关文章|相关信息|相关阅读|相关文件|相关稿件|扫一扫|打印本页|打印】|关闭窗口|关闭】|当前位置|您现在的位置|您当前的位置|网站地图|联系我们|版权所有)")]
    private static partial Regex ChromeWords();

    private const int ShortBlock = 200;

    public static HashSet<IElement> Find(IElement body, PageStats stats)
    {
        var chrome = new HashSet<IElement>();
        var pending = new Stack<IElement>(body.Children);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (IsChrome(element, stats))
            {
                chrome.Add(element);
                continue;
            }
            foreach (var child in element.Children)
                pending.Push(child);
        }
        return chrome;
    }

    private static bool IsChrome(IElement element, PageStats stats)
    {
        if (stats.Text(element) == 0)
            return false;
        // An article's own header holds its title: only a header without a heading is the site's.
        if (element.LocalName == "header" && element.QuerySelector("h1, h2, h3") is not null)
            return false;
        if (ChromeTags.Contains(element.LocalName) || element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.ToLowerInvariant()))
            return true;
        var names = $"{element.ClassName} {element.Id}";
        if (names.Length > 1 && ChromeName().IsMatch(names) && !stats.LinksDocument(element))
            return true;
        if (element.LocalName is not ("td" or "th") && stats.Text(element) <= ShortBlock && ChromeWords().IsMatch(PageText.Of(element)))
            return true;
        return IsLinkList(element, stats) && !stats.LinksDocument(element);
    }

    // Three links or more that make up most of the block's text: a list of other pages.
    private static bool IsLinkList(IElement element, PageStats stats) =>
        element.LocalName is "ul" or "ol" or "dl" or "div" or "table" or "section" or "td"
        && stats.Linked(element) >= 0.7 * stats.Text(element) && element.GetElementsByTagName("a").Length >= 3;
}
