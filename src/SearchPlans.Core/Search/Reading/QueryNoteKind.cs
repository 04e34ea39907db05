namespace SearchPlans.Search;

/// <summary>What a note about a query says; each interface words each kind in its reader's language.</summary>
public enum QueryNoteKind
{
    /// <summary>A dangling quote was closed at the end of the query.</summary>
    QuoteClosed,

    /// <summary>A lowercase word was read as an operator. Arguments: the word as typed, the operator.</summary>
    OperatorRead,

    /// <summary>An operator that joins nothing was left out. Argument: the operator.</summary>
    OperatorLeftOutAtStart,

    /// <summary>As <see cref="OperatorLeftOutAtStart"/>, at the end of the query.</summary>
    OperatorLeftOutAtEnd,

    /// <summary>As <see cref="OperatorLeftOutAtStart"/>, between two operators.</summary>
    OperatorLeftOut,

    /// <summary>A closing bracket that closes nothing was left out.</summary>
    BracketLeftOut,

    /// <summary>A bracket left open was closed.</summary>
    BracketClosed,

    /// <summary>A colon after a word that is no field was read as text. Arguments: the word, the fields.</summary>
    ColonAsText,

    /// <summary>Only operators or punctuation: nothing to search for.</summary>
    NoWords,

    /// <summary>The syntax could not be read even repaired, so the query was read as plain words.</summary>
    PlainWords,

    /// <summary>
    /// Few requirements hold every word of a long term, so those lacking some follow them. Argument: how many hold
    /// every word; <see cref="QueryNote.Terms"/> are the terms relaxed.
    /// </summary>
    Relaxed,

    /// <summary>
    /// A year typed as a term, or opening one (2022年政策解读), was read as the plans of that year, or a text saying it.
    /// Arguments: the year as typed, the year.
    /// </summary>
    YearAsPlans,

    /// <summary>No requirement holds every term typed side by side, so those holding some of them are shown.</summary>
    SomeTerms,

    // ---- A query refused (QuerySyntaxException.Note): the first argument is the query or pattern, unless said ----

    /// <summary>Its syntax cannot be read: operators or brackets do not fit together. Arguments: the query, the fields.</summary>
    Unreadable,

    /// <summary>Lucene's parser gave another reason. Arguments: the query, Lucene's reason (in English), the fields.</summary>
    UnreadableBecause,

    /// <summary>A field no query may name. Arguments: the query, the field, the fields.</summary>
    UnknownField,

    /// <summary>A regular expression Lucene cannot compile. Arguments: the query, Lucene's reason (in English).</summary>
    InvalidPattern,

    /// <summary>Wildcards expand to more terms than a query may hold.</summary>
    TooManyTerms,

    /// <summary>The search ran past its time. Arguments: the query, the limit in seconds.</summary>
    TooSlow,

    /// <summary>Arguments: the length, the limit (no query: it is too long to repeat).</summary>
    TooLong,

    /// <summary>Arguments: the deepest nesting allowed (no query).</summary>
    TooDeep,

    /// <summary>Arguments: the parts, the limit (no query).</summary>
    TooManyParts,

    /// <summary>Wildcard, fuzzy, pattern and range parts. Arguments: how many, the limit (no query).</summary>
    TooManyExpandingParts,

    /// <summary>All the query's patterns together. Argument: the limit of states (no query).</summary>
    TooManyStates,

    /// <summary>A jurisdiction filter past any real name. Arguments: its length, the limit (no query).</summary>
    JurisdictionTooLong,

    /// <summary>Arguments: the pattern's query, the deepest nesting allowed.</summary>
    PatternTooDeep,

    /// <summary>A named automaton (&lt;name&gt;) in a pattern. Arguments: the query, the name.</summary>
    PatternNamesAutomaton,

    /// <summary>An interval that is not two numbers. Arguments: the query, the interval.</summary>
    PatternBadInterval,

    /// <summary>A pattern's automaton would have this many states. Arguments: the query, the states.</summary>
    PatternStates,

    /// <summary>As <see cref="PatternStates"/>, estimated before it is built.</summary>
    PatternAboutStates,

    /// <summary>Arguments: the query, the limit of deterministic states it passes.</summary>
    PatternMoreStates,

    /// <summary>As <see cref="PatternMoreStates"/>, read backwards (as a leading wildcard is searched).</summary>
    PatternMoreStatesBackwards,

    /// <summary>As <see cref="PatternMoreStates"/>, under a complement (~).</summary>
    PatternMoreStatesUnderComplement,

    /// <summary>As <see cref="PatternMoreStates"/>, in a negated class ([^...]).</summary>
    PatternMoreStatesInNegatedClass,

    /// <summary>A repetition too large to count. Arguments: the query, the repetition as written.</summary>
    PatternRepetition,
}
