using Lucene.Net.Analysis.TokenAttributes;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>Finds where a query's terms occur in a text by analysing the text again, as the index did.</summary>
internal static class TextMarks
{
    private readonly record struct Token(string Term, TextRange Range);

    /// <summary>
    /// Ranges to highlight, sorted and disjoint. Each match is widened to the words it touches, and
    /// touching matches are merged, so overlapping bigrams (三同, 同步) read as one mark on whole words (三同步).
    /// </summary>
    public static IReadOnlyList<TextRange> Find(string text, IReadOnlyDictionary<string, IReadOnlySet<string>> termsByField)
    {
        var matches = new List<TextRange>();
        foreach (var (field, terms) in termsByField)
        {
            if (terms.Count > 0)
                matches.AddRange(Tokens(field, text).Where(t => terms.Contains(t.Term)).Select(t => t.Range));
        }
        if (matches.Count == 0)
            return [];

        var words = Tokens(IndexFields.Text, text).Select(t => t.Range).ToList();
        return Merge(matches.Select(m => ToWholeWords(m, words).AlignedTo(text)));
    }

    private static TextRange ToWholeWords(TextRange match, List<TextRange> words)
    {
        var (start, end) = (match.Start, match.End);
        foreach (var word in words.Where(match.Overlaps))
            (start, end) = (Math.Min(start, word.Start), Math.Max(end, word.End));
        return new TextRange(start, end);
    }

    private static List<TextRange> Merge(IEnumerable<TextRange> ranges)
    {
        var merged = new List<TextRange>();
        foreach (var range in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            else
                merged.Add(range);
        }
        return merged;
    }

    private static List<Token> Tokens(string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = IndexAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Token(term.ToString(), new TextRange(offset.StartOffset, offset.EndOffset)));
        stream.End();
        return tokens;
    }
}
