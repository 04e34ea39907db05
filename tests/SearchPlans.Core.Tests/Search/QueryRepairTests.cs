using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// Queries as people paste them: what would be a syntax error is read as text, as Elasticsearch's simple_query_string
/// does, and the user is told in one line (issue 23, item 4).
/// </summary>
public sealed class QueryRepairTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData("\"政策解读", "\"政策解读\"")]
    [InlineData("2021/9", "2021\\/9")]
    [InlineData("三同步!", "三同步\\!")]
    [InlineData("目标:", "目标\\:")]
    [InlineData("目标:值", "目标\\:值")]
    [InlineData("政策 OR", "政策")]
    [InlineData("AND 政策", "政策")]
    [InlineData("政策 AND OR 解读", "政策 OR 解读")]
    [InlineData("(政策 OR 解读", "(政策 OR 解读)")]
    [InlineData("政策 OR 解读)", "政策 OR 解读")]
    [InlineData("政策 and 解读", "政策 AND 解读")]
    [InlineData("政策 not 新闻", "政策 NOT 新闻")]
    public void Repair_ReadsWhatTheParserWouldRefuseAsText(string typed, string read)
    {
        Assert.Equal(read, QueryRepair.Repair(typed).Query);
    }

    [Theory]
    [InlineData("\"政府信息公开\" AND 年度报告")]
    [InlineData("year:[2019 TO 2021] AND 议题")]
    [InlineData("/公开.*/")]
    [InlineData("jurisdiction:\"从化区\" 解读")]
    [InlineData("解读 NOT 新闻")]
    [InlineData("-新闻 +解读")]
    [InlineData("公开~1 解读^2")]
    [InlineData("(政府网站 OR 政务新媒体) NOT 疫情防控")]
    public void Repair_LeavesValidSyntaxAlone(string query)
    {
        var (read, notes) = QueryRepair.Repair(query);

        Assert.Equal(query, read);
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData("\"政策解读", "quote")]
    [InlineData("政策 OR", "OR")]
    [InlineData("政策 and 解读", "“and”")]
    public void Search_ARepairedQuery_SaysWhatItChanged(string query, string said)
    {
        var reading = index.Searcher.Search(new SearchRequest(query)).Reading;

        Assert.Contains(reading.Notes, n => QueryNoteEnglish.Sentence(n).Contains(said, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"三同步")]
    [InlineData("2021/9")]
    [InlineData("三同步!")]
    [InlineData("目标:")]
    [InlineData("政策 OR")]
    [InlineData("))) 解读 (((")]
    [InlineData("\" \" \"")]
    [InlineData("AND")]
    public void Search_WhatPeoplePaste_AnswersWithoutAnError(string query)
    {
        var results = index.Searcher.Search(new SearchRequest(query));

        Assert.NotNull(results);
    }

    [Fact]
    public void Search_LowercaseAnd_IsTheOperatorNotAWordThatMatchesNothing()
    {
        var and = index.Searcher.Search(new SearchRequest("预算 and 公开")).Total;

        Assert.True(and > 0);
        Assert.Equal(index.Searcher.Search(new SearchRequest("预算 AND 公开")).Total, and);
    }

    [Fact]
    public void Search_QuotedAnd_IsTheWord()
    {
        Assert.Empty(QueryRepair.Repair("政策 \"and\" 解读").Notes);
    }

    [Fact]
    public void Search_UnknownAsciiField_IsExplainedInOneLineListingTheFields()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest("colour:red")));

        Assert.DoesNotContain("\n", e.Message, StringComparison.Ordinal);
        Assert.Contains("jurisdiction", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Lexical", e.Message, StringComparison.Ordinal);
    }
}
