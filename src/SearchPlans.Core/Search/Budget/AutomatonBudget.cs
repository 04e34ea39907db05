using System.Globalization;
using Lucene.Net.Util.Automaton;

namespace SearchPlans.Search.Budget;

/// <summary>
/// The most a wildcard or regular expression may cost before Lucene builds anything from it. Lucene turns the
/// pattern into a deterministic automaton (over UTF-8 bytes, a small multiple of the one over characters counted
/// here), and a reversed one to find a common suffix; both are counted here with a bound, so a pattern that would
/// explode (a repetition of thousands, `*` followed by many `?`) is refused with a message instead of taking the
/// memory or the stack of the process.
/// </summary>
internal static class AutomatonBudget
{
    /// <summary>
    /// States the pattern's own (nondeterministic) automaton may have. Lucene checks whether an automaton is finite
    /// with one stack frame per state, and a stack overflow ends the process, so this stays far below a thread's stack.
    /// </summary>
    public const int MaxPatternStates = 300;

    /// <summary>
    /// States the deterministic automaton over characters may have, read forwards or backwards: `*解` and five `?`
    /// stay below it, six do not. A pattern of a hundred states over many `*` still cost Lucene seconds to match
    /// against the term dictionary.
    /// </summary>
    public const int MaxDeterministicStates = 64;

    /// <summary>
    /// Deterministic states all the patterns of one query may have together: Lucene compiles each pattern once per
    /// field it searches, and a query of many middling patterns cost seconds where each alone cost a few hundred
    /// milliseconds.
    /// </summary>
    public const int MaxQueryStates = 128;

    /// <returns>How many deterministic states the pattern makes.</returns>
    /// <exception cref="QuerySyntaxException">The automaton would be too large.</exception>
    public static int Check(Automaton pattern, string query)
    {
        var states = pattern.GetNumberOfStates();
        if (states > MaxPatternStates)
            throw TooLarge(QueryNoteKind.PatternStates, query, states);
        if (SubsetCount.AtMost(pattern, MaxDeterministicStates) is not { } deterministic)
            throw TooLarge(QueryNoteKind.PatternMoreStates, query, MaxDeterministicStates);
        var reversed = (Automaton)pattern.Clone();
        // Reversing gives the automaton a new initial state that steps wherever the old accepting states could.
        SpecialOperations.Reverse(reversed);
        if (SubsetCount.AtMost(reversed, MaxDeterministicStates) is null)
            throw TooLarge(QueryNoteKind.PatternMoreStatesBackwards, query, MaxDeterministicStates);
        return deterministic;
    }

    /// <param name="kind">Which size was passed: one of the Pattern…States kinds.</param>
    public static QuerySyntaxException TooLarge(QueryNoteKind kind, string query, long states) =>
        TooLarge(kind, query, states.ToString("N0", CultureInfo.InvariantCulture));

    public static QuerySyntaxException TooLarge(QueryNoteKind kind, string query, string size) => new(new(kind, query, size));
}
