namespace SearchPlans.Search;

/// <summary>What to look for: a query in Lucene syntax and optional exact filters.</summary>
/// <remarks>
/// Each filter takes several values and passes a requirement that matches any of them (jurisdiction A or B), as
/// Kibana combines the values of one field; different filters must all pass. Null or empty means no filter.
/// </remarks>
/// <param name="Query">Terms, "phrases", AND/OR/NOT, field:value; blank or "*" matches every requirement.</param>
/// <param name="Jurisdictions">Jurisdiction names, or parts of them ("从化" finds 从化区).</param>
/// <param name="Levels">Administrative level names, as in <see cref="Index.ExactTerms.LevelNames"/> ("city").</param>
/// <param name="Units">Responsible units: a unit of that name, or the name inside the printed units cell.</param>
/// <param name="Limit">How many hits to return; counts and facets always cover every match.</param>
/// <param name="Offset">How many of the best hits to skip, for paging.</param>
/// <param name="Order">Best match first, or by plan year.</param>
public sealed record SearchRequest(
    string Query,
    IReadOnlyList<string>? Jurisdictions = null,
    IReadOnlyList<int>? Years = null,
    IReadOnlyList<string>? Levels = null,
    IReadOnlyList<string>? Units = null,
    int Limit = 20,
    int Offset = 0,
    SearchOrder Order = SearchOrder.Relevance)
{
    // Compared by value, filter values included, as a request of single values was: callers key results by request.
    public bool Equals(SearchRequest? other) =>
        other is not null && Query == other.Query && Limit == other.Limit && Offset == other.Offset && Order == other.Order
        && Same(Jurisdictions, other.Jurisdictions) && Same(Years, other.Years) && Same(Levels, other.Levels) && Same(Units, other.Units);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Query);
        hash.Add(Limit);
        hash.Add(Offset);
        hash.Add(Order);
        foreach (var value in (Jurisdictions ?? []).Concat(Levels ?? []).Concat(Units ?? []))
            hash.Add(value);
        foreach (var year in Years ?? [])
            hash.Add(year);
        return hash.ToHashCode();
    }

    private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => (a ?? []).SequenceEqual(b ?? []);
}
