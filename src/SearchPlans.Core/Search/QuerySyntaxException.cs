namespace SearchPlans.Search;

/// <summary>
/// The query could not be read: <see cref="Note"/> says why, for an interface to word in its reader's language; the
/// message is its English.
/// </summary>
public sealed class QuerySyntaxException(QueryNote note, Exception? innerException = null)
    : Exception(QueryNoteEnglish.Sentence(note), innerException)
{
    public QueryNote Note { get; } = note;
}
