using System.Globalization;
using System.Text;

namespace SearchPlans.Search.Evaluation;

/// <summary>
/// A query as a person types it, in SQLite FTS5 terms over the trigram tokenizer: each word (a run without spaces, or
/// a "quoted phrase") must appear as written. A word of three characters or more is a MATCH string; a shorter one,
/// which the trigram index cannot hold, is a LIKE '%…%' condition (which FTS5 answers by scanning). Punctuation and the
/// operators AND, OR, NOT are left out: the peer answers the plain reading of the query.
/// </summary>
/// <param name="Match">The MATCH expression, or empty when every word is short.</param>
/// <param name="Likes">The LIKE patterns of the short words.</param>
public sealed record FtsQuery(string Match, IReadOnlyList<string> Likes)
{
    /// <param name="anyTrigram">Match any trigram of any word instead of every word: a broad ranking, for pooling judgements.</param>
    public static FtsQuery From(string query, bool anyTrigram = false)
    {
        var words = Words(query).ToList();
        var long3 = words.Where(w => Length(w) >= 3).ToList();
        var shortWords = words.Where(w => Length(w) < 3).ToList();
        if (anyTrigram)
        {
            var trigrams = long3.SelectMany(Trigrams).Distinct(StringComparer.Ordinal).Select(Quoted).ToList();
            return trigrams.Count > 0 ? new FtsQuery(string.Join(" OR ", trigrams), []) : new FtsQuery("", shortWords.Take(1).Select(Like).ToList());
        }
        return new FtsQuery(string.Join(" AND ", long3.Select(Quoted)), [.. shortWords.Select(Like)]);
    }

    private static IEnumerable<string> Words(string query)
    {
        foreach (var (part, i) in query.Split('"').Select((p, i) => (p, i)))
        {
            if (i % 2 == 1)
            {
                var phrase = Letters(part);
                if (phrase.Length > 0)
                    yield return phrase;
                continue;
            }
            foreach (var token in part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token is "AND" or "OR" or "NOT" || token.Contains(':', StringComparison.Ordinal))
                    continue;
                var word = Letters(token);
                if (word.Length > 0)
                    yield return word;
            }
        }
    }

    private static string Letters(string text)
    {
        var kept = new StringBuilder();
        foreach (var c in text)
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
                kept.Append(c);
        return kept.ToString();
    }

    private static int Length(string word) => new StringInfo(word).LengthInTextElements;

    private static IEnumerable<string> Trigrams(string word)
    {
        var elements = new StringInfo(word);
        for (var i = 0; i + 3 <= elements.LengthInTextElements; i++)
            yield return elements.SubstringByTextElements(i, 3);
    }

    private static string Quoted(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Like(string word) => "%" + word.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
}
