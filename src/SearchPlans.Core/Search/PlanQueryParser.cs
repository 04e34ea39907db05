using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchPlans.Index;
using SearchPlans.Search.Budget;

namespace SearchPlans.Search;

/// <summary>
/// The classic Lucene query syntax over the requirement text. A term or phrase matches in the bigram field (every
/// character pair of it, so a word the segmenter split differently is still found; Latin words and numbers are held
/// there whole); a single ideograph, which the bigram field holds only between punctuation, matches in either field.
/// The words-only reading of the same query ranks the best matches (<see cref="ParseRankingQuery"/>), so whole-word
/// matches come first. Field names are the user-facing ones of <see cref="QueryFields"/>.
/// Not thread-safe, like every classic parser: make one per query.
/// </summary>
internal sealed class PlanQueryParser : MultiFieldQueryParser
{
    /// <summary>How much a whole-word match weighs against a bigram match.</summary>
    public const float WordBoost = 2f;

    private readonly bool wordsOnly;
    private readonly Dictionary<string, Automaton> patterns = new(StringComparer.Ordinal);
    private int statesSpent;

    private PlanQueryParser(bool wordsOnly)
        : base(LuceneVersion.LUCENE_48, [IndexFields.Text, IndexFields.TextBigrams], IndexAnalyzer.Instance,
            // Lucene.Net looks every field up in the boosts, so each needs an entry.
            new Dictionary<string, float> { [IndexFields.Text] = WordBoost, [IndexFields.TextBigrams] = 1f })
    {
        this.wordsOnly = wordsOnly;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = true;
    }

    /// <summary>Parses a user's query into what it matches; blank or "*" matches everything.</summary>
    /// <exception cref="QuerySyntaxException">The query is not valid syntax or names an unknown field.</exception>
    public static Query ParseUserQuery(string query) => Parse(query, wordsOnly: false);

    /// <summary>
    /// The same query read in the word field only: not what matches, but what ranks the best matches, since matching
    /// it for every document would read each query term's postings twice.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The query is not valid syntax or names an unknown field.</exception>
    public static Query ParseRankingQuery(string query) => Parse(query, wordsOnly: true);

    private static Query Parse(string query, bool wordsOnly)
    {
        var trimmed = query.Trim();
        if (trimmed.Length == 0 || trimmed == "*")
            return new MatchAllDocsQuery();
        QueryLimits.CheckText(trimmed);
        try
        {
            var parsed = WithPositiveClause(new PlanQueryParser(wordsOnly).Parse(trimmed));
            QueryLimits.CheckParsed(parsed);
            return parsed;
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException(Explain(trimmed, e.Message), e);
        }
        catch (ArgumentException e)
        {
            // A /regular expression/ that does not compile: Lucene's automaton parser says so this way.
            throw new QuerySyntaxException($"The query \"{trimmed}\" is not valid: {e.Message}.", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException($"The query \"{trimmed}\" expands to too many terms; make wildcards more specific.", e);
        }
    }

    // "NOT x" alone would match nothing in Lucene; users mean "everything except x".
    private static Query WithPositiveClause(Query query)
    {
        if (query is BooleanQuery { Clauses.Count: > 0 } boolean && boolean.Clauses.All(c => c.IsProhibited))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private static string Explain(string query, string message)
    {
        // Lucene says "Cannot parse '<query>': <reason>\nWas expecting one of: ..."; keep only the reason.
        var reason = message.Split('\n')[0];
        var prefix = $"Cannot parse '{query}': ";
        if (reason.StartsWith(prefix, StringComparison.Ordinal))
            reason = reason[prefix.Length..];
        return $"The query \"{query}\" is not valid: {reason.Trim()} " +
               "Write phrases in \"double quotes\", join terms with AND, OR, NOT, and use field:value with one of: " +
               string.Join(", ", QueryFields.Names) + ".";
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var target = Resolve(field);
        return target.Exact is { } exact ? exact(queryText) : base.GetFieldQuery(target.IndexField ?? TextFieldFor(queryText)!, queryText, quoted);
    }

    // Quoted text comes here, with the slop already set on the phrase.
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var target = Resolve(field);
        return target.Exact is { } exact ? exact(queryText) : PairedPhrase.Thinned(base.GetFieldQuery(target.IndexField ?? TextFieldFor(queryText)!, queryText, slop));
    }

    // Null is both text fields, which the base class expands a null field to.
    private string? TextFieldFor(string text) =>
        wordsOnly ? IndexFields.Text : BigramsHold(text) ? IndexFields.TextBigrams : null;

    // The bigram field holds a lone ideograph only where the text has one between punctuation.
    private static bool BigramsHold(string text)
    {
        using var stream = IndexAnalyzer.Instance.GetTokenStream(IndexFields.TextBigrams, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var any = false;
        while (stream.IncrementToken())
        {
            if (term.Length == 1 && PairedPhrase.IsIdeograph(term.Buffer[0]))
                return false;
            any = true;
        }
        stream.End();
        return any;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(IndexFieldFor(field)!, termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(IndexFieldFor(field)!, termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(IndexFieldFor(field)!, termStr, minSimilarity);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(IndexFieldFor(field)!, termStr);

    // Lucene's RegexpQuery builds its automaton with no bound; this one is counted and refused first.
    protected override Query NewRegexpQuery(Term regexp) =>
        new AutomatonQuery(regexp, Counted("/" + regexp.Text + "/", () => RegexpAutomaton.Build(regexp.Text, $"/{regexp.Text}/")))
        {
            MultiTermRewriteMethod = MultiTermRewriteMethod,
        };

    // Counted first, then handed over minimal: Lucene's own simplifying of an undeterminized wildcard with a few *
    // and ? took seconds where the minimal automaton takes milliseconds.
    protected override Query NewWildcardQuery(Term t) =>
        new AutomatonQuery(t, Counted(t.Text, () =>
        {
            var automaton = WildcardQuery.ToAutomaton(t);
            var states = AutomatonBudget.Check(automaton, t.Text);
            MinimizationOperations.Minimize(automaton);
            return (automaton, states);
        }))
        {
            MultiTermRewriteMethod = MultiTermRewriteMethod,
        };

    // One pattern is built once per query, whichever fields it searches, and every pattern counts toward the query's
    // budget; each field gets its own copy, as Lucene's queries may change the automaton they are given.
    private Automaton Counted(string pattern, Func<(Automaton Automaton, int States)> build)
    {
        if (!patterns.TryGetValue(pattern, out var automaton))
        {
            (automaton, var states) = build();
            statesSpent += states;
            if (statesSpent > AutomatonBudget.MaxQueryStates)
                throw new QuerySyntaxException($"The query's wildcards and regular expressions together would build automata of more than {AutomatonBudget.MaxQueryStates} states; use fewer of them, with fewer ? after a *.");
            patterns[pattern] = automaton;
        }
        return (Automaton)automaton.Clone();
    }

    // A fuzzy term rewrites to at most this many of its nearest terms (Lucene's default, stated so it stays the bound).
    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) =>
        base.NewFuzzyQuery(term, minimumSimilarity, prefixLength) is FuzzyQuery fuzzy
            ? new FuzzyQuery(term, fuzzy.MaxEdits, fuzzy.PrefixLength, QueryLimits.MaxFuzzyExpansions, fuzzy.Transpositions)
            : throw new InvalidOperationException("Lucene's parser made a fuzzy part that is not a FuzzyQuery.");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(IndexFieldFor(field)!, part1, part2, startInclusive, endInclusive);

    // The base class expands a null field to the text fields and, for prefix, wildcard, fuzzy, regexp and
    // range syntax, calls these methods back with each text field's own name: pass those through.
    private static string? IndexFieldFor(string? field) =>
        field is null or IndexFields.Text or IndexFields.TextBigrams ? field : Resolve(field).IndexField;

    // A null field is the default: the text fields, which the base class expands a null field to.
    private static QueryField Resolve(string? field) =>
        field is null ? new QueryField(null, null)
        : QueryFields.Find(field) ?? throw new ParseException($"unknown field \"{field}\".");
}
