namespace SearchPlans.Search;

/// <summary>
/// How a query was read, for the user: what was repaired, what else was searched, and what to try instead.
/// </summary>
/// <param name="Notes">Each change made to read the query (a quote closed, "and" read as AND), for an interface to word.</param>
/// <param name="AlsoSearched">The variants searched besides what was typed, ranked below it (年度报告 for 年报).</param>
/// <param name="DidYouMean">A query of the index's own words for a query that found nothing (政策解读 for 政策解毒).</param>
/// <param name="Jurisdictions">Jurisdictions a word of the query names, to offer as a filter (江门 → 江门市…).</param>
public sealed record QueryReading(
    IReadOnlyList<QueryNote> Notes,
    IReadOnlyList<string> AlsoSearched,
    string? DidYouMean,
    IReadOnlyList<JurisdictionHint> Jurisdictions)
{
    public static QueryReading Plain { get; } = new([], [], null, []);
}

/// <summary>A word of the query that names jurisdictions: filtering by it (jurisdiction:WORD) keeps their requirements.</summary>
public sealed record JurisdictionHint(string Word, IReadOnlyList<string> Names);
