using System.Text;
using AngleSharp.Dom;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>An element's text without markup, white space runs made one space, gathered without recursion.</summary>
internal static class PageText
{
    public static string Of(INode node)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IText t)
                text.Append(t.Data).Append(' ');
            else if (current is IElement e && e.LocalName is "script" or "style" or "template")
                continue;
            for (var i = current.ChildNodes.Length - 1; i >= 0; i--)
                pending.Push(current.ChildNodes[i]);
        }
        return Collapse(text.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
