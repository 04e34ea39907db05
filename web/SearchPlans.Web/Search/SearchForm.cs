namespace SearchPlans.Web.Search;

/// <summary>
/// The search parameters as typed in the address bar. Everything is a string here, so a mistyped year or page
/// becomes a friendly message from <see cref="SearchCriteria.Read"/> rather than a binding error.
/// </summary>
public sealed class SearchForm
{
    public string? Q { get; set; }

    // A filter may be given several times (jurisdiction=A&jurisdiction=B): any of its values will do.
    public string[]? Jurisdiction { get; set; }

    public string[]? Year { get; set; }

    public string[]? Level { get; set; }

    public string[]? Unit { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }
}
