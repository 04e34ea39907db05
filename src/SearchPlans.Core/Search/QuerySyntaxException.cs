namespace SearchPlans.Search;

/// <summary>The query could not be read; the message says why in words a user can act on.</summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException(string message) : base(message)
    {
    }

    public QuerySyntaxException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
