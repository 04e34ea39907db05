using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>The text-field terms a rewritten query looks for: what a snippet should mark.</summary>
internal static class QueryTerms
{
    private static readonly string[] TextFields = [IndexFields.Text, IndexFields.TextBigrams];

    /// <summary>Terms per text field. Prohibited (NOT) clauses are skipped: their terms are not why a document matched.</summary>
    /// <param name="rewritten">The query after IndexSearcher.Rewrite, so wildcards and prefixes are concrete terms.</param>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Extract(Query rewritten)
    {
        var terms = new HashSet<Term>();
        Collect(rewritten, terms);
        return TextFields.ToDictionary(
            f => f,
            f => (IReadOnlySet<string>)terms.Where(t => t.Field == f).Select(t => t.Text).ToHashSet(StringComparer.Ordinal));
    }

    private static void Collect(Query query, HashSet<Term> into)
    {
        switch (query)
        {
            case TermQuery term:
                into.Add(term.Term);
                break;
            case PhraseQuery phrase:
                into.UnionWith(phrase.GetTerms());
                break;
            case MultiPhraseQuery multi:
                foreach (var position in multi.GetTermArrays())
                    into.UnionWith(position);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited))
                    Collect(clause.Query, into);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                    Collect(disjunct, into);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, into);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, into);
                break;
        }
    }
}
