using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanSearcherFacetTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private SearchResults Search(SearchRequest request) => index.Searcher.Search(request);

    [Fact]
    public void Search_IndexUpdatedInPlace_CountsAcrossSegmentsAndDeletionsAsAFreshBuildDoes()
    {
        using var folder = new TempFolder();
        var corpus = SampleCorpus.Create();
        IndexBuilder.Build(corpus, folder.Combine("fresh"));
        IndexBuilder.Build(corpus, folder.Combine("updated"));
        // Rewriting two plans deletes their documents from the first segment and adds them in a second one.
        IndexBuilder.Update(corpus, folder.Combine("updated"), corpus.Plans.Take(2).Select(p => p.Id).ToHashSet());
        using var fresh = new PlanSearcher(folder.Combine("fresh"));
        using var updated = new PlanSearcher(folder.Combine("updated"));

        foreach (var query in new[] { "", "公开", "预算" })
        {
            var (expected, actual) = (fresh.Search(new SearchRequest(query)), updated.Search(new SearchRequest(query)));
            Assert.Equal(expected.Jurisdictions, actual.Jurisdictions);
            Assert.Equal(expected.Years, actual.Years);
            Assert.Equal(expected.Levels, actual.Levels);
            Assert.Equal(expected.Units, actual.Units);
            Assert.NotEmpty(actual.Years);
        }
    }

    [Fact]
    public void Search_LevelFacet_CountsEveryMatchPerLevel()
    {
        var results = Search(new SearchRequest("公开", Limit: 1));

        Assert.Equal([new FacetCount("city", 4), new FacetCount("district", 3), new FacetCount("county", 1)], results.Levels);
    }

    [Fact]
    public void Search_UnitFacet_CountsARequirementOnceForEachOfItsUnitsAsPrinted()
    {
        var results = Search(new SearchRequest("预算"));

        Assert.Equal(
        [
            new FacetCount("县财政局", 1),
            new FacetCount("各县（市、区）政府（管委会）", 1),
            new FacetCount("市直各单位", 1),
        ], results.Units);
    }

    [Fact]
    public void Search_UnitFacet_SumsAcrossPlans()
    {
        var results = Search(new SearchRequest(""));

        Assert.Equal(new FacetCount("市直各单位", 3), results.Units[0]);
        Assert.Contains(new FacetCount("各单位", 2), results.Units);
    }

    [Fact]
    public void Search_FacetsWithUnitFilter_CountOnlyThatUnitsRequirements()
    {
        var results = Search(new SearchRequest("", Units: ["市财政局"]));

        Assert.Equal([new FacetCount("city", 1)], results.Levels);
        Assert.Equal([new FacetCount("各县（区）人民政府（管委会）", 1), new FacetCount("市财政局", 1)], results.Units);
    }
}
