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
}

/// <summary>
/// One thing said about how a query was read: its kind and the pieces of the query it names, rather than a sentence,
/// so the web app says it in the reader's language and <see cref="QueryNoteEnglish"/> in English.
/// </summary>
/// <param name="Arguments">The pieces of the query the note names, in the order <see cref="QueryNoteKind"/> lists them.</param>
public sealed record QueryNote(QueryNoteKind Kind, IReadOnlyList<string> Arguments)
{
    public QueryNote(QueryNoteKind kind, params string[] arguments) : this(kind, (IReadOnlyList<string>)arguments)
    {
    }

    /// <summary>The terms a <see cref="QueryNoteKind.Relaxed"/> note names, each with the words it was cut into.</summary>
    public IReadOnlyList<NotedTerm> Terms { get; init; } = [];

    // By value, lists included: a query repeating a mistake gets its note once.
    public bool Equals(QueryNote? other) =>
        other is not null && Kind == other.Kind && Arguments.SequenceEqual(other.Arguments) && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Kind, string.Join('\u001f', Arguments), Terms.Count);
}

/// <summary>A term as typed and the words it was cut into (解读材料同步发布: 解读 材料 同步 发布).</summary>
public sealed record NotedTerm(string Text, IReadOnlyList<string> Words)
{
    public bool Equals(NotedTerm? other) => other is not null && Text == other.Text && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
