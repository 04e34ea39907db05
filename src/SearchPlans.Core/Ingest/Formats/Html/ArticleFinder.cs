using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// Finds the element that holds the page's article: from the body down, into the container that holds most of the text
/// that is neither chrome nor links, then back up over parents whose other content is only what belongs with an
/// article: its title, the labelled page fields (来源, 发布时间), the attachment links. A table of several columns and
/// rows is content, never descended into.
/// </summary>
internal static class ArticleFinder
{
    private const double MostOfTheText = 0.6;

    public static IElement Find(IElement body, PageStats stats, ISet<IElement> chrome)
    {
        var text = ContentText(body, stats, chrome);
        var article = body;
        while (article.Children.Where(c => !chrome.Contains(c)).MaxBy(c => text[c]) is { } child
            && IsContainer(child) && text[child] > 0 && text[child] >= MostOfTheText * text[article])
            article = child;
        while (article != body && article.ParentElement is { } parent
            && parent.Children.All(c => c == article || chrome.Contains(c) || text[c] == 0 || BelongsWithArticle(c, stats)))
            article = parent;
        return article;
    }

    // Elements that hold blocks rather than being one: the article is never a paragraph, a list or a data table.
    private static bool IsContainer(IElement element) => element switch
    {
        IHtmlTableElement table => !IsDataTable(table),
        _ => element.LocalName is "div" or "section" or "article" or "main" or "center" or "font" or "span" or "form"
            or "tbody" or "thead" or "tr" or "td" or "th",
    };

    private static bool BelongsWithArticle(IElement element, PageStats stats) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        || $"{element.ClassName} {element.Id}".Contains("title", StringComparison.OrdinalIgnoreCase)
        || stats.LinksDocument(element)
        || Head.PageMetadata.IsFieldLine(PageText.Of(element));

    /// <summary>Rows of two cells or more, at least two of them: a table of content rather than of layout.</summary>
    public static bool IsDataTable(IHtmlTableElement table) =>
        table.Rows.Take(50).Count(r => r.Cells.Count(c => PageText.Of(c).Length > 0) >= 2) >= 2;

    // Text outside links and chrome, per element.
    private static Dictionary<IElement, int> ContentText(IElement body, PageStats stats, ISet<IElement> chrome)
    {
        var order = PageStats.ParentsFirst(body);
        var text = new Dictionary<IElement, int>();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            if (chrome.Contains(element) || element.LocalName == "a")
            {
                text[element] = 0;
                continue;
            }
            text[element] = stats.Text(element) - stats.Linked(element) - element.Children.Sum(c => stats.Text(c) - stats.Linked(c) - text[c]);
        }
        return text;
    }
}
