using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using SearchPlans.Index;
using SearchPlans.Search.Budget;

namespace SearchPlans.Search;

// Wildcards, patterns, fuzzy terms and ranges: the fields they search, and the automata they build within bounds.
internal sealed partial class PlanQueryParser
{
    private readonly Dictionary<string, Automaton> patterns = new(StringComparer.Ordinal);
    private int statesSpent;

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
                throw new QuerySyntaxException(new(QueryNoteKind.TooManyStates, AutomatonBudget.MaxQueryStates.ToString(CultureInfo.InvariantCulture)));
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
    private string? IndexFieldFor(string? field) =>
        field is null or IndexFields.Text or IndexFields.TextBigrams ? (mode == ReadingMode.Rank && field is null ? IndexFields.Text : field)
        : field == "text" ? null : Resolve(field).IndexField;

    // A null field is the default: the text fields, which the base class expands a null field to.
    private static QueryField Resolve(string? field) =>
        field is null ? new QueryField(null, null)
        : QueryFields.Find(field) ?? throw new UnknownFieldException(field);
}
