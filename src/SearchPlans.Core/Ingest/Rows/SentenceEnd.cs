namespace SearchPlans.Ingest.Rows;

/// <summary>Whether a piece of text ends a sentence, which tells a page break from a paragraph or cell end.</summary>
internal static class SentenceEnd
{
    private const string Terminal = "。；;！!？?";

    public static bool IsComplete(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
            return true;
        var last = trimmed[^1];
        // A closing bracket or quote ends a sentence when what it closes did: "…（县府办牵头负责）", "…“回头看”。"
        if (last is '）' or ')' or '”' or '"' or '》' or '」')
            return trimmed.Length < 2 || Terminal.Contains(trimmed[^2]) || last is '）' or ')';
        return Terminal.Contains(last);
    }
}
