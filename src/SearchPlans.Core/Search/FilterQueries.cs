using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPlans.Index;

namespace SearchPlans.Search;

/// <summary>
/// Queries on exact fields, shared by the request's filters and the query syntax's field:value,
/// so --unit X and unit:X always agree.
/// </summary>
internal static class FilterQueries
{
    /// <summary>Null when the request has no filter.</summary>
    /// <param name="unitFilter">The documents of a known unit, under any of its spellings; null for a name it does not know.</param>
    public static Filter? For(SearchRequest request, Func<string, Filter?>? unitFilter = null)
    {
        var clauses = new List<Query>();
        AddAnyOf(clauses, Values(request.Jurisdictions), Jurisdiction);
        AddAnyOf(clauses, [.. (request.Years ?? []).Distinct().Select(y => y.ToString(CultureInfo.InvariantCulture))], Year);
        AddAnyOf(clauses, Values(request.Levels), Level);
        AddAnyOf(clauses, Values(request.Units), unit => unitFilter?.Invoke(unit) is { } known ? new ConstantScoreQuery(known) : Unit(unit));
        if (clauses.Count == 0)
            return null;

        var all = new BooleanQuery();
        foreach (var clause in clauses)
            all.Add(clause, Occur.MUST);
        return new QueryWrapperFilter(all);
    }

    /// <summary>A filter's values without blanks or repeats, as given.</summary>
    public static IReadOnlyList<string> Values(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];

    // One value is the clause itself; several are one clause that any of them satisfies.
    private static void AddAnyOf(List<Query> clauses, IReadOnlyList<string> values, Func<string, Query> clause)
    {
        if (values.Count == 1)
            clauses.Add(clause(values[0]));
        else if (values.Count > 1)
        {
            var any = new BooleanQuery();
            foreach (var value in values)
                any.Add(clause(value), Occur.SHOULD);
            clauses.Add(any);
        }
    }

    public const int MaxJurisdictionLength = 100;

    /// <summary>The name, or any name containing it: users write 从化 for 从化区 or 广州市从化区.</summary>
    public static Query Jurisdiction(string name)
    {
        var folded = ExactTerms.Normalize(name);
        // Wildcard characters in a name are taken literally by dropping them; no real name contains them.
        var literal = folded.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
        // Each character is a state of the automaton Lucene builds and walks recursively; names are far shorter.
        if (literal.Length > MaxJurisdictionLength)
            throw new QuerySyntaxException(new(QueryNoteKind.JurisdictionTooLong, literal.Length.ToString(CultureInfo.InvariantCulture), MaxJurisdictionLength.ToString(CultureInfo.InvariantCulture)));
        return new WildcardQuery(new Term(IndexFields.Jurisdiction, "*" + literal + "*"));
    }

    public static Query Year(string year) => new TermQuery(new Term(IndexFields.Year, year.Trim()));

    public static Query Level(string level) => new TermQuery(new Term(IndexFields.Level, level.Trim().ToLowerInvariant()));

    /// <summary>
    /// A unit of exactly that name, or that name as consecutive bigrams of the printed units cell: 市司法局
    /// finds the cell 市府办公室，市司法局 even where splitting the cell into units went wrong.
    /// </summary>
    public static Query Unit(string unit)
    {
        var either = new BooleanQuery { { Exact(IndexFields.Units, unit), Occur.SHOULD } };
        if (new QueryBuilder(IndexAnalyzer.Instance).CreatePhraseQuery(IndexFields.UnitsText, unit) is { } phrase)
            either.Add(phrase, Occur.SHOULD);
        return either;
    }

    public static Query Exact(string field, string value) => new TermQuery(new Term(field, ExactTerms.Normalize(value)));

    /// <summary>Ids are compared as given: they are ASCII made by the ingester, never folded.</summary>
    public static Query Id(string field, string value) => new TermQuery(new Term(field, value.Trim()));
}
