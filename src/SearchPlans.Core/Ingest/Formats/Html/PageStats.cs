using AngleSharp.Dom;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// How much text each element holds, how much of it is link text, and whether it links a document file, counted once
/// for the whole page, bottom up without recursion, so judging every element costs no more than reading the page.
/// </summary>
internal sealed class PageStats
{
    private readonly Dictionary<IElement, (int Text, int Linked, bool LinksDocument)> _stats = [];

    public PageStats(IElement root)
    {
        var order = ParentsFirst(root);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            if (element.LocalName is "script" or "style" or "template")
            {
                _stats[element] = (0, 0, false);
                continue;
            }
            var own = element.ChildNodes.OfType<IText>().Sum(t => CharacterCount.NonWhiteSpace(t.Data));
            var (text, linked, document) = (own, 0, false);
            foreach (var child in element.Children)
            {
                var c = _stats[child];
                (text, linked, document) = (text + c.Text, linked + c.Linked, document || c.LinksDocument);
            }
            if (element.LocalName == "a")
                (linked, document) = (text, document || AttachmentLinks.IsDocumentLink(element));
            _stats[element] = (text, linked, document);
        }
    }

    /// <summary>The element and all inside it, each before its children, gathered without recursion.</summary>
    public static List<IElement> ParentsFirst(IElement root)
    {
        var order = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            order.Add(element);
            foreach (var child in element.Children)
                pending.Push(child);
        }
        return order;
    }

    /// <summary>Non-white-space characters of text inside the element.</summary>
    public int Text(IElement element) => _stats.TryGetValue(element, out var s) ? s.Text : 0;

    /// <summary>Of those, the characters inside links.</summary>
    public int Linked(IElement element) => _stats.TryGetValue(element, out var s) ? s.Linked : 0;

    public bool LinksDocument(IElement element) => _stats.TryGetValue(element, out var s) && s.LinksDocument;
}
