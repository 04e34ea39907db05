using System.Globalization;
using System.Text;

namespace SearchPlans.Web.Search;

/// <summary>
/// The name an exported search is saved under: the query and the filters (searchplans-政策解读-2022.csv), so two
/// exports in a downloads folder say which search each holds.
/// </summary>
public static class ExportFileName
{
    // Long enough for a query and two filters; a file manager shows little more.
    private const int MaxNameElements = 60;

    public static string Of(SearchCriteria criteria, string extension)
    {
        var words = SearchCriteria.Facets.SelectMany(criteria.Values).Prepend(criteria.Query).Select(Clean).Where(w => w.Length > 0).ToList();
        var name = words.Count == 0 ? "search" : string.Join("-", words);
        var elements = new StringInfo(name);
        if (elements.LengthInTextElements > MaxNameElements)
            name = elements.SubstringByTextElements(0, MaxNameElements);
        return $"searchplans-{name}.{extension}";
    }

    // Characters no file system takes (/ \ : * ? " < > |), controls and quotes go; runs of spaces become one _.
    private static string Clean(string text)
    {
        var cleaned = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || "/\\:*?\"<>|'".Contains(rune.ToString(), StringComparison.Ordinal))
                continue;
            if (Rune.IsWhiteSpace(rune))
            {
                if (cleaned.Length > 0 && cleaned[^1] != '_')
                    cleaned.Append('_');
                continue;
            }
            cleaned.Append(rune.ToString());
        }
        return cleaned.ToString().Trim('_', '.');
    }
}
