using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Analysis;
using SearchPlans.Index;

namespace SearchPlans.Search.Reading;

/// <summary>What to offer beside the results: a jurisdiction a word names, and a correction for a query that found nothing.</summary>
internal static class Suggestions
{
    /// <summary>Names offered for one word at most.</summary>
    public const int MaxNames = 5;

    /// <summary>Corrections tried for one unknown word, the commonest first.</summary>
    public const int MaxCandidates = 5;

    /// <summary>
    /// Each plain term that is part of a jurisdiction's name (江门 in 江门市政府投资工程建设管理中心): filtering by it keeps
    /// that place's requirements, where searching it as text also finds plans that only mention it.
    /// </summary>
    /// <param name="names">Each jurisdiction's name, and the name as <see cref="VariantList.Normal"/> folds it.</param>
    public static IReadOnlyList<JurisdictionHint> Jurisdictions(QueryContext context, IReadOnlyList<(string Name, string Normal)> names)
    {
        var hints = new List<JurisdictionHint>();
        foreach (var term in context.Terms.Where(t => !t.IdLike && t.Words.Count > 0))
        {
            var typed = VariantList.Normal(term.Text);
            if (typed.Length < 2 || !typed.All(c => PairedPhrase.IsIdeograph(c)))
                continue;
            var named = names.Where(n => n.Normal.Contains(typed, StringComparison.Ordinal)).Select(n => n.Name).Take(MaxNames).ToList();
            if (named.Count > 0)
                hints.Add(new JurisdictionHint(term.Text, named));
        }
        return hints;
    }

    /// <summary>The names of <see cref="Jurisdictions"/>, each with its folded form, folded once for every search.</summary>
    public static IReadOnlyList<(string Name, string Normal)> Folded(IEnumerable<string> names) =>
        [.. names.Select(n => (n, VariantList.Normal(n)))];

    /// <summary>
    /// The query with one word the index does not hold replaced by the nearest word it does (one character apart, the
    /// same length: 解毒 → 解读), choosing the replacement that finds the most; null when none finds anything.
    /// </summary>
    /// <param name="documentsWith">How many requirements hold a word of the word field.</param>
    /// <param name="count">How many requirements a corrected query finds.</param>
    public static string? Correction(string query, QueryContext context, IndexSearcher searcher, Func<string, int> documentsWith, Func<string, int> count)
    {
        var folded = TextFolding.Fold(query).ToLowerInvariant();
        string? best = null;
        var bestCount = 0;
        var unknown = context.Terms.Where(t => !t.IdLike).SelectMany(t => t.Words)
            .Where(w => w.Length >= 2 && documentsWith(w) == 0 && folded.Contains(w, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Take(3);
        foreach (var word in unknown)
        {
            foreach (var candidate in Nearest(searcher, word).Take(MaxCandidates))
            {
                var corrected = ReplaceFirst(folded, word, candidate);
                var found = count(corrected);
                if (found > bestCount)
                    (best, bestCount) = (corrected, found);
            }
        }
        return best;
    }

    // Words of the word field one edit from the word and as long, the commonest first.
    private static IEnumerable<string> Nearest(IndexSearcher searcher, string word)
    {
        var fuzzy = new FuzzyQuery(new Term(IndexFields.Text, word), maxEdits: 1, prefixLength: 0, maxExpansions: QueryLimits.MaxFuzzyExpansions, transpositions: true);
        var terms = new HashSet<Term>();
        searcher.Rewrite(fuzzy).ExtractTerms(terms);
        return terms
            .Select(t => t.Text)
            .Where(t => t.Length == word.Length && t != word)
            .OrderByDescending(t => searcher.IndexReader.DocFreq(new Term(IndexFields.Text, t)))
            .ThenBy(t => t, StringComparer.Ordinal);
    }

    private static string ReplaceFirst(string text, string word, string replacement)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + word.Length)..];
    }
}
