using SearchPlans.Search;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Search;

/// <summary>
/// A query note in the page's language. The engine's English sentence for its kind is the key, as every interface
/// string's English is, so Text.zh-CN.resx translates it and a note the resources lack still reads in English.
/// </summary>
public static class QueryNoteWording
{
    public static string Say(QueryNote note) =>
        Text.Format(QueryNoteEnglish.Template(note),
            QueryNoteEnglish.Arguments(note, Text.Get(QueryNoteEnglish.TermTemplate), Text.Get(QueryNoteEnglish.TermSeparator)));
}
