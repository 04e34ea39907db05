using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// Refuses a page whose elements nest deeper than any real page before it is parsed: building and walking a tree
/// 100,000 elements deep costs time in proportion to the square of its depth, and a recursive walk overflows the
/// stack. Tags are counted from the raw markup; elements the parser closes by itself (p, li, td…) and void ones
/// (br, img…) open nothing, and script, style and comments are skipped.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Real portal pages nest some tens of elements; layouts of old table pages some hundreds.</summary>
    public const int MaxDepth = 1_000;

    private static readonly HashSet<string> OpenNothing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "rt", "rp",
    };

    public static void Check(string markup)
    {
        // Open elements, as the parser would keep them: a closing tag closes the nearest open element of its name and
        // those inside it, and one that closes nothing open is ignored.
        var open = new List<string>();
        var at = 0;
        while ((at = markup.IndexOf('<', at)) >= 0)
        {
            if (string.CompareOrdinal(markup, at, "<!--", 0, 4) == 0)
            {
                at = Skip(markup, at, "-->");
                continue;
            }
            var closing = at + 1 < markup.Length && markup[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < markup.Length && char.IsAsciiLetterOrDigit(markup[nameEnd]))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(markup[nameStart]))
            {
                at++;
                continue;
            }
            var name = markup[nameStart..nameEnd];
            var end = markup.IndexOf('>', nameEnd);
            if (end < 0)
                return;
            if (closing)
            {
                var match = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (match >= 0)
                    open.RemoveRange(match, open.Count - match);
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                end = Skip(markup, end, "</" + name) - 1;
            else if (!OpenNothing.Contains(name) && markup[end - 1] != '/')
            {
                open.Add(name);
                if (open.Count > MaxDepth)
                    throw new UnreadableDocumentException("the page nests its elements more than {0} deep (real pages nest some tens); it is not read", EngineMessage.Figure(MaxDepth));
            }
            at = end + 1;
        }
    }

    private static int Skip(string markup, int from, string until)
    {
        var end = markup.IndexOf(until, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? markup.Length : end + until.Length;
    }
}
