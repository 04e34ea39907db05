namespace SearchPlans.Search;

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
