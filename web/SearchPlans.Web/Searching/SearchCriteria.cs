using System.Globalization;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Web.Searching;

/// <summary>A search as understood from a <see cref="SearchForm"/>: the query, the filters and the order.</summary>
public sealed record SearchCriteria(string Query, string? Jurisdiction, int? Year, string? Level, string? Unit, SearchOrder Order)
{
    /// <summary>Longer queries are refused with a message: no one types them, and wildcards in them can be slow.</summary>
    public const int MaxQueryLength = 500;

    public static SearchCriteria Everything { get; } = new("", null, null, null, null, SearchOrder.Relevance);

    /// <summary>No query and no filter: the page shows how to search rather than every requirement.</summary>
    public bool IsBlank => Query.Length == 0 && Jurisdiction is null && Year is null && Level is null && Unit is null;

    public SearchRequest ToRequest(int limit, int offset) => new(Query, Jurisdiction, Year, Level, Unit, limit, offset, Order);

    public static string OrderName(SearchOrder order) => order.ToString().ToLowerInvariant();

    /// <summary>
    /// Reads the form; each value that cannot be used is dropped with a message saying why, so the rest of the
    /// search still runs.
    /// </summary>
    public static (SearchCriteria Criteria, IReadOnlyList<SearchProblem> Problems) Read(SearchForm form)
    {
        var problems = new List<SearchProblem>();
        var query = Blank(form.Q) ?? "";
        if (query.Length > MaxQueryLength)
        {
            problems.Add(new($"The query is {query.Length} characters long; the limit is {MaxQueryLength}. Shorten it to the words that matter.", ""));
            query = "";
        }

        int? year = null;
        if (Blank(form.Year) is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                year = parsed;
            else
                problems.Add(new($"The year \"{yearText}\" is not a number; write it like 2022.", "Searched every year instead."));
        }

        var level = Blank(form.Level)?.ToLowerInvariant();
        if (level is not null && !ExactTerms.LevelNames.Contains(level))
        {
            problems.Add(new($"There is no level \"{form.Level}\"; the levels are {string.Join(", ", ExactTerms.LevelNames)}.", "Searched every level instead."));
            level = null;
        }

        var order = SearchOrder.Relevance;
        if (Blank(form.Sort) is { } sort)
        {
            var named = Enum.GetValues<SearchOrder>().Where(o => OrderName(o) == sort.ToLowerInvariant()).ToList();
            if (named.Count == 1)
                order = named[0];
            else
                problems.Add(new($"Results can be sorted by {string.Join(", ", Enum.GetValues<SearchOrder>().Select(OrderName))}, not \"{sort}\".", "Sorted by relevance instead."));
        }

        return (new SearchCriteria(query, Blank(form.Jurisdiction), year, level, Blank(form.Unit), order), problems);
    }

    /// <summary>The 1-based page asked for; anything that is not a positive number means the first page.</summary>
    public static int ReadPage(SearchForm form) =>
        int.TryParse(form.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A value of the form that cannot be used: why, and what the page did instead of it.</summary>
/// <param name="Fallback">What the search page did instead ("Searched every year instead."); the API and the exports refuse the request rather than fall back, so they say only the reason.</param>
public sealed record SearchProblem(string Reason, string Fallback)
{
    /// <summary>As the search page shows it, the reason followed by what it did instead.</summary>
    public string OnPage => Fallback.Length == 0 ? Reason : Reason + " " + Fallback;
}
