using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanSearcherOrderTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private int?[] Years(SearchRequest request) => index.Searcher.Search(request with { Limit = 100 }).Hits.Select(h => h.Year).ToArray();

    [Fact]
    public void Search_OrderNewest_PutsTheLatestYearFirst()
    {
        Assert.Equal([2022, 2022, 2022, 2022, 2021, 2021, 2019, 2019, 2019], Years(new SearchRequest("", Order: SearchOrder.Newest)));
    }

    [Fact]
    public void Search_OrderOldest_PutsTheEarliestYearFirst()
    {
        Assert.Equal([2019, 2019, 2019, 2021, 2021, 2022, 2022, 2022, 2022], Years(new SearchRequest("", Order: SearchOrder.Oldest)));
    }

    [Fact]
    public void Search_OrderNewest_KeepsTheBestMatchFirstWithinAYear()
    {
        var hits = index.Searcher.Search(new SearchRequest("公开 OR 解读", Order: SearchOrder.Newest, Limit: 100)).Hits;

        foreach (var year in hits.GroupBy(h => h.Year))
            Assert.Equal(year.Select(h => h.Score).OrderDescending(), year.Select(h => h.Score));
    }

    [Fact]
    public void Search_OrderNewest_PagesThroughTheSameOrder()
    {
        var all = index.Searcher.Search(new SearchRequest("", Order: SearchOrder.Newest, Limit: 100)).Hits.Select(h => h.Id);
        var second = index.Searcher.Search(new SearchRequest("", Order: SearchOrder.Newest, Limit: 3, Offset: 3)).Hits.Select(h => h.Id);

        Assert.Equal(all.Skip(3).Take(3), second);
    }

    [Theory]
    [InlineData(SearchOrder.Newest)]
    [InlineData(SearchOrder.Oldest)]
    public void Search_OrderByYear_PutsAPlanWithNoYearLast(SearchOrder order)
    {
        using var folder = new TempFolder();
        IndexBuilder.Build(new Corpus([Plan("a-2020", 2020), Plan("undated", null), Plan("b-2023", 2023)]), folder.Combine("index"));
        using var searcher = new PlanSearcher(folder.Combine("index"));

        var years = searcher.Search(new SearchRequest("公开", Order: order)).Hits.Select(h => h.Year).ToArray();

        Assert.Equal(order == SearchOrder.Newest ? [2023, 2020, null] : new int?[] { 2020, 2023, null }, years);
    }

    private static Plan Plan(string id, int? year) => new(id, "政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, null), year,
        null, null, null, [], [],
        [new Requirement(id + "-1", "1", [], "做好政务公开工作。", "", [], false, null, [], SourceSpan.Line(1))], [], id + ".txt");
}
