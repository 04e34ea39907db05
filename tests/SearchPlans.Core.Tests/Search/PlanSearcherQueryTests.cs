using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanSearcherQueryTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private const string Heyuan26 = SampleCorpus.Heyuan + "-26";
    private const string Conghua2 = SampleCorpus.Conghua + "-1-1-2";

    private string[] Ids(string query) =>
        index.Searcher.Search(new SearchRequest(query, Limit: 100)).Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Search_Term_FindsItInTextAndInCriteria()
    {
        Assert.Equal([Conghua2, Heyuan26], Ids("三同步"));
    }

    [Fact]
    public void Search_Phrase_FindsOnlyTheConsecutiveWords()
    {
        Assert.Equal([Conghua2], Ids("\"同步审签\""));
    }

    [Fact]
    public void Search_And_RequiresBothTerms()
    {
        Assert.Equal([SampleCorpus.Qingyuan + "-1-1-3", SampleCorpus.Zhanjiang + "-6"], Ids("预算 AND 公开"));
    }

    [Fact]
    public void Search_TwoTermsWithoutOperator_RequiresBoth()
    {
        Assert.Equal(Ids("预算 AND 试点"), Ids("预算 试点"));
        Assert.Equal([SampleCorpus.Qingyuan + "-1-1-3"], Ids("预算 试点"));
    }

    [Fact]
    public void Search_Or_FindsEitherTerm()
    {
        Assert.Equal([SampleCorpus.Heyuan + "-1", SampleCorpus.Qingyuan + "-1-1-3", SampleCorpus.Zhanjiang + "-6"], Ids("规章 OR 预算"));
    }

    [Fact]
    public void Search_Not_ExcludesTheTerm()
    {
        Assert.Equal([SampleCorpus.Zhanjiang + "-6"], Ids("预算 NOT 试点"));
    }

    [Fact]
    public void Search_NotAlone_MatchesEverythingElse()
    {
        Assert.Equal(SampleCorpus.RequirementCount - 2, index.Searcher.Search(new SearchRequest("NOT 三同步")).Total);
    }

    [Theory]
    [InlineData("公开 AND jurisdiction:湛江市", SampleCorpus.Zhanjiang + "-1," + SampleCorpus.Zhanjiang + "-6")]
    [InlineData("jurisdiction:从化 AND 同步", SampleCorpus.Conghua + "-1-1-2")]
    [InlineData("year:2022 AND 预算", SampleCorpus.Qingyuan + "-1-1-3")]
    [InlineData("level:County", SampleCorpus.Qingyuan + "-1-1-3")]
    [InlineData("unit:市司法局", SampleCorpus.Heyuan + "-1")]
    [InlineData("lead:市政府办公室", SampleCorpus.Zhanjiang + "-1")]
    [InlineData("plan:zhanjiang-2021 AND number:6", SampleCorpus.Zhanjiang + "-6")]
    [InlineData("deadline:长期工作 AND 预算", SampleCorpus.Zhanjiang + "-6")]
    [InlineData("province:浙江省", SampleCorpus.Qingyuan + "-1-1-3")]
    [InlineData("year:[2019 TO 2020] AND 议题", SampleCorpus.Conghua + "-1-1-3")]
    public void Search_FieldValue_UsesTheUserFacingFieldName(string query, string expectedIds)
    {
        Assert.Equal(expectedIds.Split(','), Ids(query));
    }

    [Fact]
    public void Search_BlankQuery_MatchesEveryRequirement()
    {
        Assert.Equal(SampleCorpus.RequirementCount, index.Searcher.Search(new SearchRequest(" ")).Total);
    }

    [Theory]
    [InlineData("解*")]
    [InlineData("*读")]
    [InlineData("解?")]
    [InlineData("解读~")]
    [InlineData("/解.*/")]
    [InlineData("text:解*")]
    [InlineData("text:[a TO z]")]
    [InlineData("\"解读 材料\"~3")]
    public void Search_WildcardFuzzyRegexpAndRangeOnText_Run(string query)
    {
        var results = index.Searcher.Search(new SearchRequest(query));

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Search_Prefix_FindsWordsStartingWithIt()
    {
        Assert.Contains(Conghua2, Ids("审*"));
    }

    // What people paste (解读 AND (, "三同步, a lone AND) is read as text: see QueryRepairTests. A regular expression that
    // does not compile is still an error, said in one line.
    [Theory]
    [InlineData("/[/")]
    [InlineData("/(/")]
    public void Search_InvalidSyntax_ThrowsQuerySyntaxExceptionNamingTheQuery(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest(query)));

        Assert.Contains(query, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Was expecting", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownField_ThrowsQuerySyntaxExceptionListingTheFields()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest("colour:red")));

        Assert.Contains("\"colour\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("jurisdiction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Hit_CarriesItsPlanAndStoredFields()
    {
        var hit = Assert.Single(index.Searcher.Search(new SearchRequest("\"同步审签\"")).Hits);

        Assert.Equal(SampleCorpus.Conghua, hit.PlanId);
        Assert.Equal("从化区", hit.Jurisdiction);
        Assert.Equal(2019, hit.Year);
        Assert.Equal("2", hit.Number);
        Assert.Equal("政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。", hit.Text);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_ConcurrentSearches_GiveTheSameResults()
    {
        var queries = new[] { "三同步", "预算 AND 公开", "规章 OR 预算", "\"同步审签\"" };
        var expected = queries.Select(q => string.Join(",", Ids(q))).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = string.Join(",", Ids(queries[i % queries.Length])));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % queries.Length], results[i]));
    }

    [Fact]
    public void Constructor_FolderWithoutIndex_ThrowsDirectoryNotFound()
    {
        using var empty = new TempFolder();

        Assert.Throws<DirectoryNotFoundException>(() => new PlanSearcher(empty.Path));
    }
}
