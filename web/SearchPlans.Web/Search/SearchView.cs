using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Web.Search;

/// <summary>What the search page shows.</summary>
/// <param name="Problems">Messages about the parameters or the query, in words a user can act on.</param>
/// <param name="Outcome">The results; null when there was nothing to search for or the query could not be read.</param>
public sealed record SearchView(SearchCriteria Criteria, IReadOnlyList<string> Problems, SearchOutcome? Outcome);

/// <summary>One page of hits with the counts over every match.</summary>
/// <param name="Page">The 1-based page shown.</param>
public sealed record SearchOutcome(
    int Total,
    int Page,
    int PageCount,
    int FirstShown,
    IReadOnlyList<HitCard> Cards,
    IReadOnlyList<FacetGroup> Facets,
    IReadOnlyList<SortLink> Sorts)
{
    /// <summary>How the query was read: notes, variants also searched, suggestions.</summary>
    public QueryReading Reading { get; init; } = QueryReading.Plain;

    /// <summary>The reading's notes, worded in the page's language.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The search again with the suggested correction, when there is one.</summary>
    public string? DidYouMeanUrl { get; init; }

    /// <summary>For each word that names a place: the word, the places, and the search filtered by it.</summary>
    public IReadOnlyList<(string Word, IReadOnlyList<string> Names, string Url)> PlaceFilters { get; init; } = [];
}

/// <summary>A hit as a requirement card.</summary>
/// <param name="Plan">Null only when the index and its stored corpus disagree (a damaged index).</param>
/// <param name="Requirement">As for <paramref name="Plan"/>.</param>
public sealed record HitCard(SearchHit Hit, Plan? Plan, Requirement? Requirement, int CounterpartCount);

/// <summary>One facet: the values chosen (each linking to the search without it), the values on offer (each linking to the search with it added), the commonest first.</summary>
/// <param name="Parameter">The address parameter it filters by (jurisdiction, year, level, unit).</param>
/// <param name="More">Values past the first ones, folded under "more".</param>
/// <param name="NotShown">Values past those too, which the page does not list.</param>
public sealed record FacetGroup(string Label, string Parameter, IReadOnlyList<FacetLink> Chosen, IReadOnlyList<FacetLink> Values,
    IReadOnlyList<FacetLink> More, int NotShown);

public sealed record FacetLink(string Label, int Count, string Url);

public sealed record SortLink(string Label, string Url, bool Current);
