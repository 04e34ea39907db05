namespace SearchPlans.Index;

/// <summary>
/// A requirement's text and its criteria as one text, as SearchPlans searched them before it gave criteria a field of
/// their own (issue 27): the SQLite FTS5 peer of `bench` and `eval-search` still indexes them so.
/// </summary>
public static class SearchableText
{
    public static string Compose(string text, IReadOnlyCollection<string> criteria) =>
        criteria.Count == 0 ? text : text + "\n" + string.Join("\n", criteria);
}
