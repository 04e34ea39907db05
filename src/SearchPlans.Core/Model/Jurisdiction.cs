namespace SearchPlans.Model;

/// <summary>Who a plan binds: a government at some level, or one agency.</summary>
/// <param name="Province">The province it belongs to, where the text or the gazetteer says it.</param>
/// <param name="City">
/// The prefecture-level city it lies in or, for an agency, belongs to (江门市 of 台山市, of 台城街道 and of 江门市财政局),
/// where the text or the list of divisions says it; null for a province, a city itself, or where unknown.
/// </param>
/// <param name="County">
/// The county-level division a township lies in, or an agency of a county belongs to (台山市 of 台城街道 and of
/// 台山市财政局), where the text says it.
/// </param>
public sealed record Jurisdiction(string Name, AdminLevel Level, string? Province, string? City = null, string? County = null)
{
    /// <summary>The governments below its province that it lies in or belongs to, nearest first.</summary>
    public IEnumerable<string> Enclosing()
    {
        if (County is not null)
            yield return County;
        if (City is not null)
            yield return City;
    }
}
