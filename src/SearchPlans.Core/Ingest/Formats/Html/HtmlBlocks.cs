using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// Lays part of a page out as blocks, as a browser shows it: a line per paragraph, heading, list item or line break,
/// runs of ASCII white space as one space, and each table of content rows as a real table. A chrome element met on the way is
/// set aside whole as chrome text. Walked without recursion, since a page may nest deeply.
/// </summary>
internal sealed class HtmlBlocks(ISet<IElement> chrome, bool readTables)
{
    private static readonly HashSet<string> BlockLevel =
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ];

    private readonly StringBuilder _line = new();

    // Characters taken so far, so a paragraph that took none is seen as the blank line it shows.
    private int _taken;

    public List<DocumentBlock> Blocks { get; } = [];

    public List<string> Chrome { get; } = [];

    /// <summary>Reads the node's content, leaving out <paramref name="skip"/> (read apart).</summary>
    public HtmlBlocks Read(INode root, IElement? skip = null)
    {
        var pending = new Stack<(INode Node, bool Leaving, int TakenBefore)>();
        pending.Push((root, false, 0));
        while (pending.Count > 0)
        {
            var (node, leaving, takenBefore) = pending.Pop();
            if (leaving)
            {
                Flush();
                if (node is IElement { LocalName: "p" } && _taken == takenBefore && readTables)
                    Blocks.Add(new ParagraphBlock(""));
                continue;
            }
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }
            if (node is not IElement element)
            {
                PushChildren(pending, node);
                continue;
            }
            if (element == skip || element.LocalName is "script" or "style" or "template" or "head")
                continue;
            if (chrome.Contains(element))
            {
                Flush();
                if (PageText.Of(element) is { Length: > 0 } chromeText)
                    Chrome.Add(chromeText);
                continue;
            }
            if (element.LocalName == "br")
            {
                Flush();
                continue;
            }
            if (readTables && element is IHtmlTableElement table && ArticleFinder.IsDataTable(table))
            {
                Flush();
                Blocks.Add(new TableBlock(HtmlTableGrid.Rows(table, CellText)));
                continue;
            }
            if (BlockLevel.Contains(element.LocalName))
            {
                Flush();
                pending.Push((element, true, _taken));
            }
            PushChildren(pending, element);
        }
        Flush();
        return this;
    }

    // A cell's own tables are read as lines of text: a plan's table holds none, and reading them as tables would
    // recurse once per level of nesting.
    private string CellText(IHtmlTableCellElement cell)
    {
        var inner = new HtmlBlocks(chrome, readTables: false).Read(cell);
        Chrome.AddRange(inner.Chrome);
        return string.Join("\n", inner.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    private static void PushChildren(Stack<(INode Node, bool Leaving, int TakenBefore)> pending, INode node)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            pending.Push((node.ChildNodes[i], false, 0));
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            // HTML folds only ASCII white space; an ideographic space (　) or &nbsp; is shown as it is.
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                _line.Append(c);
                if (!char.IsWhiteSpace(c))
                    _taken++;
            }
            else if (_line.Length > 0 && _line[^1] != ' ')
                _line.Append(' ');
        }
    }

    private void Flush()
    {
        var text = _line.ToString().Trim();
        _line.Clear();
        if (text.Length > 0)
            Blocks.Add(new ParagraphBlock(text));
    }
}
