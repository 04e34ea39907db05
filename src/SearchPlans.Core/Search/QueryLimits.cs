using System.Globalization;
using Lucene.Net.Search;

namespace SearchPlans.Search;

/// <summary>
/// Bounds on what one user query may ask of the index, checked before and after parsing, so a huge, deeply
/// nested or all-wildcard query gets a clear message instead of a stalled worker (or, for nesting, a stack
/// overflow in the recursive parser, which no handler could catch).
/// </summary>
public static class QueryLimits
{
    public const int MaxLength = 2000;
    public const int MaxNesting = 16;
    public const int MaxClauses = 1024;

    /// <summary>Wildcard, prefix, fuzzy, regular-expression and range parts each walk the term dictionary.</summary>
    public const int MaxExpandingParts = 8;

    /// <summary>The nearest terms one fuzzy part (公开~) matches.</summary>
    public const int MaxFuzzyExpansions = 50;

    /// <exception cref="QuerySyntaxException">The text is too long or nested too deeply to parse.</exception>
    public static void CheckText(string query)
    {
        if (query.Length > MaxLength)
            throw new QuerySyntaxException(new(QueryNoteKind.TooLong, query.Length.ToString(CultureInfo.InvariantCulture), MaxLength.ToString(CultureInfo.InvariantCulture)));
        // Brackets nest only outside "phrases"; a backslash escapes the next character everywhere, and inside a
        // /regular expression/ brackets count too (they nest in Lucene's recursive expression parser) but quotes do not.
        var depth = 0;
        var inside = '\0';
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
                i++;
            else if (inside != '\0' && c == inside)
                inside = '\0';
            else if (inside == '\0' && c is '"' or '/')
                inside = c;
            else if (inside != '"' && c == '(' && ++depth > MaxNesting)
                throw new QuerySyntaxException(new(QueryNoteKind.TooDeep, MaxNesting.ToString(CultureInfo.InvariantCulture)));
            else if (inside != '"' && c == ')')
                depth = Math.Max(0, depth - 1);
        }
    }

    /// <exception cref="QuerySyntaxException">The parsed query has too many clauses or expanding parts.</exception>
    public static void CheckParsed(Query query)
    {
        var (clauses, expanding) = Count(query);
        if (clauses > MaxClauses)
            throw new QuerySyntaxException(new(QueryNoteKind.TooManyParts, clauses.ToString(CultureInfo.InvariantCulture), MaxClauses.ToString(CultureInfo.InvariantCulture)));
        if (expanding > MaxExpandingParts)
            throw new QuerySyntaxException(new(QueryNoteKind.TooManyExpandingParts, expanding.ToString(CultureInfo.InvariantCulture), MaxExpandingParts.ToString(CultureInfo.InvariantCulture)));
    }

    private static (int Clauses, int Expanding) Count(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Select(c => Count(c.Query))
            .Aggregate((Clauses: boolean.Clauses.Count, Expanding: 0), (sum, c) => (sum.Clauses + c.Clauses, sum.Expanding + c.Expanding)),
        MultiTermQuery => (1, 1),
        _ => (1, 0),
    };
}
