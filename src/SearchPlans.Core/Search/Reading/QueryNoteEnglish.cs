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
