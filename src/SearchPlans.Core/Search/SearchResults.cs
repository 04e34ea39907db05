namespace SearchPlans.Search;

/// <summary>The page of hits asked for, with the total and the facet counts over every match.</summary>
/// <param name="Levels">Counts per administrative level, by the level's name ("city").</param>
/// <param name="Units">Counts per responsible unit as printed; a requirement counts once for each of its units.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Jurisdictions,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Units)
{
    /// <summary>How the query was read: repairs, variants also searched, suggestions.</summary>
    public QueryReading Reading { get; init; } = QueryReading.Plain;
}

/// <summary>One matching requirement.</summary>
/// <param name="Text">The requirement text as shown (criteria are searched but not repeated here).</param>
/// <param name="Snippet">The best window of the text with the query's terms marked; of the criteria, and saying so, when only they match.</param>
public sealed record SearchHit(
    string Id,
    string PlanId,
    string Jurisdiction,
    int? Year,
    string? Number,
    float Score,
    string Text,
    Snippet Snippet);

/// <summary>How many matches share one value; lists are ordered by count, then value.</summary>
public sealed record FacetCount(string Value, int Count);
