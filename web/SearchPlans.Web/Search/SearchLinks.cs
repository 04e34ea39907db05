using System.Globalization;
using SearchPlans.Search;

namespace SearchPlans.Web.Search;

/// <summary>The addresses of a search: its pages, its exports, and the same search with one thing changed.</summary>
public static class SearchLinks
{
    public static string Page(SearchCriteria criteria, int page = 1) => "/" + QueryString(criteria, page);

    /// <param name="format">csv or json.</param>
    public static string Export(SearchCriteria criteria, string format) => $"/search/export.{format}" + QueryString(criteria, 1);

    /// <summary>The best results as a sheet to grade for relevance (see <see cref="JudgingSheet"/>).</summary>
    public static string JudgingSheet(SearchCriteria criteria) => "/search/judging.csv" + QueryString(criteria, 1);

    public static string QueryString(SearchCriteria criteria, int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        Add(pairs, "q", criteria.Query);
        foreach (var facet in SearchCriteria.Facets)
            foreach (var value in criteria.Values(facet))
                Add(pairs, SearchCriteria.ParameterOf(facet), value);
        if (criteria.Order != SearchOrder.Relevance)
            Add(pairs, "sort", SearchCriteria.OrderName(criteria.Order));
        if (page > 1)
            Add(pairs, "page", page.ToString(CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "" : Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            pairs.Add(new(name, value));
    }
}
