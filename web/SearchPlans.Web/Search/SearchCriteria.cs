using System.Globalization;
using SearchPlans.Index;
using SearchPlans.Search;
using SearchPlans.Web.Localization;

namespace SearchPlans.Web.Search;

/// <summary>A search as understood from a <see cref="SearchForm"/>: the query, the filters and the order.</summary>
/// <remarks>Each filter holds any number of values; a requirement passes it when it matches any of them.</remarks>
public sealed record SearchCriteria(string Query, IReadOnlyList<string> Jurisdictions, IReadOnlyList<int> Years, IReadOnlyList<string> Levels,
    IReadOnlyList<string> Units, SearchOrder Order)
{
    /// <summary>Longer queries are refused with a message: no one types them, and wildcards in them can be slow.</summary>
    public const int MaxQueryLength = 500;

    public static SearchCriteria Everything { get; } = new("", [], [], [], [], SearchOrder.Relevance);

    /// <summary>No query and no filter: the page shows how to search rather than every requirement.</summary>
    public bool IsBlank => Query.Length == 0 && Facets.All(f => Values(f).Count == 0);

    public SearchRequest ToRequest(int limit, int offset) => new(Query, Jurisdictions, Years, Levels, Units, limit, offset, Order);

    public static string OrderName(SearchOrder order) => order.ToString().ToLowerInvariant();

    /// <summary>The filters, in the order the page shows them.</summary>
    public static IReadOnlyList<Facet> Facets { get; } = Enum.GetValues<Facet>();

    /// <summary>A filter's values as they travel in the address.</summary>
    public IReadOnlyList<string> Values(Facet facet) => facet switch
    {
        Facet.Jurisdiction => Jurisdictions,
        Facet.Year => [.. Years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
        Facet.Level => Levels,
        _ => Units,
    };

    /// <summary>The same search with one filter's values replaced (values already read, so years are numbers).</summary>
    public SearchCriteria With(Facet facet, IReadOnlyList<string> values) => facet switch
    {
        Facet.Jurisdiction => this with { Jurisdictions = values },
        Facet.Year => this with { Years = [.. values.Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
        Facet.Level => this with { Levels = values },
        _ => this with { Units = values },
    };

    /// <summary>The address parameter of a filter.</summary>
    public static string ParameterOf(Facet facet) => facet.ToString().ToLowerInvariant();

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
            problems.Add(new(Text.Format("The query is {0} characters long; the limit is {1}. Shorten it to the words that matter.", query.Length, MaxQueryLength), ""));
            query = "";
        }

        var years = new List<int>();
        foreach (var yearText in Present(form.Year))
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                years.Add(parsed);
            else
                problems.Add(new(Text.Format("The year \"{0}\" is not a number; write it like 2022.", yearText),
                    Text.Get(Present(form.Year).Count > 1 ? "Left it out." : "Searched every year instead.")));
        }

        var levels = new List<string>();
        foreach (var level in Present(form.Level))
        {
            if (ExactTerms.LevelNames.Contains(level.ToLowerInvariant()))
                levels.Add(level.ToLowerInvariant());
            else
                problems.Add(new(Text.Format("There is no level \"{0}\"; the levels are {1}.", level, string.Join(", ", ExactTerms.LevelNames)),
                    Text.Get(Present(form.Level).Count > 1 ? "Left it out." : "Searched every level instead.")));
        }

        var order = SearchOrder.Relevance;
        if (Blank(form.Sort) is { } sort)
        {
            var named = Enum.GetValues<SearchOrder>().Where(o => OrderName(o) == sort.ToLowerInvariant()).ToList();
            if (named.Count == 1)
                order = named[0];
            else
                problems.Add(new(Text.Format("Results can be sorted by {0}, not \"{1}\".", string.Join(", ", Enum.GetValues<SearchOrder>().Select(OrderName)), sort),
                    Text.Get("Sorted by relevance instead.")));
        }

        return (new SearchCriteria(query, Present(form.Jurisdiction), [.. years.Distinct()], [.. levels.Distinct()], Present(form.Unit), order), problems);
    }

    /// <summary>The 1-based page asked for; anything that is not a positive number means the first page.</summary>
    public static int ReadPage(SearchForm form) =>
        int.TryParse(form.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Every non-blank value of a parameter given several times, trimmed, each once.
    private static List<string> Present(string[]? values) =>
        [.. (values ?? []).Select(Blank).OfType<string>().Distinct(StringComparer.Ordinal)];
}

/// <summary>A value of the form that cannot be used: why, and what the page did instead of it.</summary>
/// <param name="Fallback">What the search page did instead ("Searched every year instead."); the API and the exports refuse the request rather than fall back, so they say only the reason.</param>
public sealed record SearchProblem(string Reason, string Fallback)
{
    /// <summary>As the search page shows it, the reason followed by what it did instead.</summary>
    public string OnPage => Fallback.Length == 0 ? Reason : Reason + " " + Fallback;
}

/// <summary>The filters a search can be narrowed by, each a facet of the results.</summary>
public enum Facet
{
    Jurisdiction,
    Year,
    Level,
    Unit,
}
