namespace SearchPlans.Search;

/// <summary>The order hits come in.</summary>
public enum SearchOrder
{
    /// <summary>Best match first.</summary>
    Relevance,
    /// <summary>Latest plan year first; best match first within a year; plans with no year last.</summary>
    Newest,
    /// <summary>Earliest plan year first; best match first within a year; plans with no year last.</summary>
    Oldest,
}
