using SearchPlans.Search;
using SearchPlans.Search.Evaluation;

namespace SearchPlans.Tools.Bench;

/// <summary>One query of the fixed mix: ours as a search request, and the same question in SQLite FTS5 syntax.</summary>
/// <param name="Kind">terms, phrase, boolean, filtered, facets, or typed (words without spaces, abbreviations, topics: the
/// variants and word reading of issue 27).</param>
/// <param name="FtsMatch">The FTS5 MATCH expression; every term has at least three characters, the trigram tokenizer's minimum.</param>
/// <param name="FtsWhere">Extra SQL conditions for the filters, or empty.</param>
internal sealed record BenchQuery(string Kind, SearchRequest Request, string FtsMatch, string FtsWhere);

/// <summary>
/// The fixed query mix the bench times: plain terms, phrases, boolean combinations, filtered queries and facet
/// counts (every query also counts per jurisdiction and year; the facet queries ask for counts only). The terms
/// are words that occur in every generated corpus, since all of it is built from the seed plans.
/// </summary>
internal static class QueryMix
{
    public static IReadOnlyList<BenchQuery> For(int year) =>
    [
        new("terms", new SearchRequest("政务公开", Limit: 10), "\"政务公开\"", ""),
        new("terms", new SearchRequest("年度报告", Limit: 10), "\"年度报告\"", ""),
        new("terms", new SearchRequest("规范性文件 政策解读", Limit: 10), "\"规范性文件\" AND \"政策解读\"", ""),
        new("phrase", new SearchRequest("\"政府信息公开\"", Limit: 10), "\"政府信息公开\"", ""),
        new("phrase", new SearchRequest("\"依申请公开\"", Limit: 10), "\"依申请公开\"", ""),
        new("boolean", new SearchRequest("政策解读 AND 新闻发布会", Limit: 10), "\"政策解读\" AND \"新闻发布会\"", ""),
        new("boolean", new SearchRequest("(政府网站 OR 政务新媒体) NOT 疫情防控", Limit: 10), "(\"政府网站\" OR \"政务新媒体\") NOT \"疫情防控\"", ""),
        new("filtered", new SearchRequest("政务公开", Years: [year], Limit: 10), "\"政务公开\"", $"AND year = {year}"),
        new("filtered", new SearchRequest("政策解读", Levels: ["city"], Limit: 10), "\"政策解读\"", "AND level = 'city'"),
        new("facets", new SearchRequest("政务公开", Limit: 0), "\"政务公开\"", ""),
        new("facets", new SearchRequest("*", Limit: 0), "", ""),
        // Read as a person means them (issue 27): words without spaces, an abbreviation, a topic's name, Chinese and digits.
        AsTyped("政府信息公开年度报告"),
        AsTyped("年报"),
        AsTyped("数据开放"),
        AsTyped("12345热线"),
        AsTyped("政策解读材料"),
    ];

    // A query as typed, with SQLite given the same words as FTS5 strings (LIKE for words under three characters).
    private static BenchQuery AsTyped(string query)
    {
        var fts = FtsQuery.From(query);
        var likes = string.Concat(fts.Likes.Select(l => $" AND text LIKE '{l.Replace("'", "''", StringComparison.Ordinal)}'"));
        return new("typed", new SearchRequest(query, Limit: 10), fts.Match, likes);
    }
}
