using Lucene.Net.Search;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>A search that reads runs of segments on several cores answers exactly as one pass over every segment.</summary>
public sealed class SlicedSearchTests : IDisposable
{
    private readonly ThreeSegmentIndex index = new();
    private readonly PlanSearcher inTurn;
    private readonly PlanSearcher sideBySide;

    public SlicedSearchTests()
    {
        inTurn = new PlanSearcher(index.Folder, TimeLimitingCollector.GlobalCounter, cores: 1);
        sideBySide = new PlanSearcher(index.Folder, TimeLimitingCollector.GlobalCounter, cores: 3);
    }

    public static TheoryData<string, SearchOrder, int, int> Searches() => new()
    {
        { "", SearchOrder.Relevance, 0, 100 },
        { "公开", SearchOrder.Relevance, 0, 100 },
        { "公开", SearchOrder.Relevance, 2, 3 },
        { "公开 OR 解读", SearchOrder.Newest, 0, 100 },
        { "公开 OR 解读", SearchOrder.Oldest, 1, 4 },
        { "", SearchOrder.Newest, 5, 5 },
        { "预算", SearchOrder.Relevance, 0, 0 },
        { "公开", SearchOrder.Relevance, 500, 10 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Search_OnSeveralCores_GivesTheHitsCountsAndFacetsOfOnePass(string query, SearchOrder order, int offset, int limit)
    {
        var request = new SearchRequest(query, Order: order, Offset: offset, Limit: limit);

        var (expected, actual) = (inTurn.Search(request), sideBySide.Search(request));

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(expected.Jurisdictions, actual.Jurisdictions);
        Assert.Equal(expected.Years, actual.Years);
        Assert.Equal(expected.Levels, actual.Levels);
        Assert.Equal(expected.Units, actual.Units);
    }

    [Fact]
    public void Search_OnSeveralCores_FindsEveryRequirementOnce()
    {
        var all = sideBySide.Search(new SearchRequest("", Limit: 1000));

        Assert.Equal(all.Total, all.Hits.Select(h => h.Id).Distinct().Count());
        Assert.Equal(sideBySide.RequirementCount, all.Total);
    }

    public void Dispose()
    {
        inTurn.Dispose();
        sideBySide.Dispose();
        index.Dispose();
    }
}
