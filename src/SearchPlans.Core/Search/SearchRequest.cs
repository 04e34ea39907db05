namespace SearchPlans.Search;

/// <summary>What to look for: a query in Lucene syntax and optional exact filters.</summary>
/// <param name="Query">Terms, "phrases", AND/OR/NOT, field:value; blank or "*" matches every requirement.</param>
/// <param name="Jurisdiction">Jurisdiction name, or part of it ("从化" finds 从化区).</param>
/// <param name="Level">Administrative level name, as in <see cref="Index.ExactTerms.LevelNames"/> ("city").</param>
/// <param name="Unit">Responsible unit: a unit of that name, or the name inside the printed units cell.</param>
/// <param name="Limit">How many hits to return; counts and facets always cover every match.</param>
/// <param name="Offset">How many of the best hits to skip, for paging.</param>
/// <param name="Order">Best match first, or by plan year.</param>
public sealed record SearchRequest(
    string Query,
    string? Jurisdiction = null,
    int? Year = null,
    string? Level = null,
    string? Unit = null,
    int Limit = 20,
    int Offset = 0,
    SearchOrder Order = SearchOrder.Relevance);
