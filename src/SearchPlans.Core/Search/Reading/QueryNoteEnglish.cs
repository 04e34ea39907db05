using System.Globalization;

namespace SearchPlans.Search;

/// <summary>
/// A query note in plain English, as the command line and the API say it. Each template is also the key the web app
/// translates it under, so one sentence per kind is written once.
/// </summary>
public static class QueryNoteEnglish
{
    /// <summary>How a relaxed note names one term: the term, then its words.</summary>
    public const string TermTemplate = "“{0}” ({1})";

    /// <summary>Between the terms a relaxed note names.</summary>
    public const string TermSeparator = ", ";

    // How queries are written, after saying why one could not be read, with the fields' argument.
    private static string HowToWrite(int fields) => "Write words, \"a phrase\", AND, OR, NOT, and field:value with one of: {" + fields + "}.";

    private const string TooCostly = "The pattern \"{0}\" is too costly to search for: it would build an automaton of ";

    // Braces doubled: the template is a format string.
    private const string CostlyAdvice = "Use fewer ? after a *, smaller {{n,m}} repetitions, or plain words.";

    /// <summary>The sentence with {0}, {1}… where <see cref="Arguments"/> go.</summary>
    public static string Template(QueryNote note) => note.Kind switch
    {
        QueryNoteKind.QuoteClosed => "Closed the quote left open: searched the phrase to the end of the query.",
        QueryNoteKind.OperatorRead => "Read “{0}” as the operator {1}; put it in quotes (\"{0}\") to search for the word.",
        QueryNoteKind.OperatorLeftOutAtStart => "Left out {0}: it joins nothing at the start of the query.",
        QueryNoteKind.OperatorLeftOutAtEnd => "Left out {0}: it joins nothing at the end of the query.",
        QueryNoteKind.OperatorLeftOut => "Left out {0}: it joins nothing there.",
        QueryNoteKind.BracketLeftOut => "Left out a closing bracket that closes nothing.",
        QueryNoteKind.BracketClosed => "Closed the bracket left open.",
        QueryNoteKind.ColonAsText => "Read “{0}:” as text: {0} is not a field (the fields are {1}).",
        QueryNoteKind.NoWords => "The query holds no word to search for.",
        QueryNoteKind.PlainWords => "Read the query as plain words: its syntax could not be read.",
        QueryNoteKind.Relaxed when note.Arguments[0] == "1" =>
            "Only {0} requirement holds every word of {1} or of a variant; also showing those that lack some of the words, after them.",
        QueryNoteKind.Relaxed =>
            "Only {0} requirements hold every word of {1} or of a variant; also showing those that lack some of the words, after them.",
        QueryNoteKind.YearAsPlans => "Read “{0}” as the plans of {1}, or a requirement saying it.",
        QueryNoteKind.SomeTerms => "No requirement holds every term; showing those that hold some of them, the most first.",
        QueryNoteKind.Unreadable => "The query \"{0}\" could not be read: its operators or brackets do not fit together. " + HowToWrite(1),
        QueryNoteKind.UnreadableBecause => "The query \"{0}\" could not be read: {1}. " + HowToWrite(2),
        QueryNoteKind.UnknownField => "The query \"{0}\" could not be read: unknown field \"{1}\". " + HowToWrite(2),
        QueryNoteKind.InvalidPattern => "The query \"{0}\" could not be read: {1}.",
        QueryNoteKind.TooManyTerms => "The query \"{0}\" expands to too many terms; make wildcards more specific.",
        QueryNoteKind.TooSlow => "The query \"{0}\" took longer than {1} s to answer; make it more specific (fewer wildcards, a filter).",
        QueryNoteKind.TooLong => "The query is {0} characters long; the limit is {1}. Search for fewer terms at a time.",
        QueryNoteKind.TooDeep => "The query nests brackets more than {0} deep; simplify it.",
        QueryNoteKind.TooManyParts => "The query has {0} parts; the limit is {1}. Search for fewer terms at a time.",
        QueryNoteKind.TooManyExpandingParts => "The query has {0} wildcard, fuzzy, regular-expression or range parts; the limit is {1}.",
        QueryNoteKind.TooManyStates =>
            "The query's wildcards and regular expressions together would build automata of more than {0} states; use fewer of them, with fewer ? after a *.",
        QueryNoteKind.JurisdictionTooLong => "The jurisdiction is {0} characters long; names are at most {1}.",
        QueryNoteKind.PatternTooDeep => "The pattern \"{0}\" nests brackets more than {1} deep; simplify it.",
        QueryNoteKind.PatternNamesAutomaton => "The pattern \"{0}\" names an automaton <{1}>; only number intervals such as <1-12> can be searched.",
        QueryNoteKind.PatternBadInterval => "The pattern \"{0}\" names the interval <{1}>; an interval is two whole numbers such as <1-12>.",
        QueryNoteKind.PatternStates => TooCostly + "{1} states. " + CostlyAdvice,
        QueryNoteKind.PatternAboutStates => TooCostly + "about {1} states. " + CostlyAdvice,
        QueryNoteKind.PatternMoreStates => TooCostly + "more than {1} states. " + CostlyAdvice,
        QueryNoteKind.PatternMoreStatesBackwards => TooCostly + "more than {1} states read backwards. " + CostlyAdvice,
        QueryNoteKind.PatternMoreStatesUnderComplement => TooCostly + "more than {1} states under ~. " + CostlyAdvice,
        QueryNoteKind.PatternMoreStatesInNegatedClass => TooCostly + "more than {1} states in [^...]. " + CostlyAdvice,
        QueryNoteKind.PatternRepetition => TooCostly + "a repetition of {1}. " + CostlyAdvice,
        _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "A query note with no English."),
    };

    /// <summary>
    /// The values for the template: the note's arguments, then for a relaxed note its terms as one list, each worded
    /// by <paramref name="termTemplate"/> and joined by <paramref name="separator"/> (an interface passes its own).
    /// </summary>
    public static object[] Arguments(QueryNote note, string termTemplate = TermTemplate, string separator = TermSeparator) =>
        note.Terms.Count == 0
            ? [.. note.Arguments]
            : [.. note.Arguments, string.Join(separator, note.Terms.Select(t => string.Format(CultureInfo.InvariantCulture, termTemplate, t.Text, string.Join(" ", t.Words))))];

    /// <summary>The note as one English sentence.</summary>
    public static string Sentence(QueryNote note) => string.Format(CultureInfo.InvariantCulture, Template(note), Arguments(note));
}
