using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanSearcherFilterTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private SearchResults Search(SearchRequest request) => index.Searcher.Search(request);

    private string[] Ids(SearchRequest request) =>
        Search(request with { Limit = 100 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Search_JurisdictionFilter_KeepsThatJurisdiction()
    {
        Assert.Equal([SampleCorpus.Heyuan + "-26"], Ids(new SearchRequest("三同步", Jurisdictions: ["河源市"])));
    }

    [Fact]
    public void Search_JurisdictionFilterWithPartOfTheName_MatchesTheWholeName()
    {
        Assert.Equal(3, Search(new SearchRequest("", Jurisdictions: ["从化"])).Total);
    }

    [Fact]
    public void Search_YearFilter_KeepsThatYear()
    {
        Assert.Equal([SampleCorpus.Zhanjiang + "-1", SampleCorpus.Zhanjiang + "-6"], Ids(new SearchRequest("公开", Years: [2021])));
    }

    [Fact]
    public void Search_LevelFilter_KeepsThatLevel()
    {
        Assert.Equal(3, Search(new SearchRequest("", Levels: ["district"])).Total);
        Assert.Equal(5, Search(new SearchRequest("", Levels: ["City"])).Total);
    }

    [Theory]
    [InlineData("市司法局", SampleCorpus.Heyuan + "-1")]
    [InlineData("司法局", SampleCorpus.Heyuan + "-1")]
    [InlineData("市财政局", SampleCorpus.Heyuan + "-5")]
    [InlineData("各议题主办单位", SampleCorpus.Conghua + "-1-1-3")]
    public void Search_UnitFilter_MatchesTheUnitOrTheNameInsideTheUnitsCell(string unit, string expectedId)
    {
        Assert.Equal([expectedId], Ids(new SearchRequest("", Units: [unit])));
    }

    [Fact]
    public void Search_FiltersTogether_AllApply()
    {
        Assert.Equal([SampleCorpus.Zhanjiang + "-6"], Ids(new SearchRequest("预算", Jurisdictions: ["湛江市"], Years: [2021], Levels: ["city"], Units: ["市直各单位"])));
        Assert.Empty(Ids(new SearchRequest("预算", Jurisdictions: ["湛江市"], Years: [2022])));
    }

    [Fact]
    public void Search_SeveralValuesOfOneFilter_MatchAnyOfThem()
    {
        var heyuan = Search(new SearchRequest("", Jurisdictions: ["河源市"])).Total;
        var conghua = Search(new SearchRequest("", Jurisdictions: ["从化"])).Total;

        Assert.Equal(heyuan + conghua, Search(new SearchRequest("", Jurisdictions: ["河源市", "从化"])).Total);
        Assert.Equal(heyuan, Search(new SearchRequest("", Jurisdictions: ["河源市", "河源市", " "])).Total);
    }

    [Fact]
    public void Search_Facets_CountEveryMatchNotOnlyThePage()
    {
        var results = Search(new SearchRequest("公开", Limit: 1));

        Assert.Single(results.Hits);
        Assert.Equal(results.Total, results.Jurisdictions.Sum(f => f.Count));
        Assert.Equal(
            [new FacetCount("从化区", 3), new FacetCount("河源市", 2), new FacetCount("湛江市", 2), new FacetCount("庆元县", 1)],
            results.Jurisdictions);
        Assert.Equal([new FacetCount("2019", 3), new FacetCount("2022", 3), new FacetCount("2021", 2)], results.Years);
    }

    [Fact]
    public void Search_FacetsWithFilter_CountOnlyFilteredMatches()
    {
        var results = Search(new SearchRequest("公开", Years: [2022]));

        Assert.Equal([new FacetCount("河源市", 2), new FacetCount("庆元县", 1)], results.Jurisdictions);
        Assert.Equal([new FacetCount("2022", 3)], results.Years);
    }

    [Fact]
    public void Search_OffsetAndLimit_PageThroughTheSameOrder()
    {
        var all = Search(new SearchRequest("公开", Limit: 100)).Hits.Select(h => h.Id).ToArray();

        var second = Search(new SearchRequest("公开", Limit: 3, Offset: 3)).Hits.Select(h => h.Id).ToArray();

        Assert.Equal(all.Skip(3).Take(3), second);
    }

    [Fact]
    public void Search_LimitZero_StillCounts()
    {
        var results = Search(new SearchRequest("公开", Limit: 0));

        Assert.Empty(results.Hits);
        Assert.Equal(8, results.Total);
    }
}
