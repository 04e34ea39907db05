using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// NOT excludes the requirements that hold what it names; the others rank among themselves as they would without it,
/// including those that hold one of its variants (医疗 is a wording of 疫情防控's topic).
/// </summary>
public sealed class ProhibitedTermRankingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    public ProhibitedTermRankingTests()
    {
        string[] texts =
        [
            "加强政府网站建设，及时发布医疗服务信息。",
            "加强政府网站内容保障，做好网站日常监测和管理工作，确保网站安全平稳运行。",
            "通过政府网站做好疫情防控信息发布工作。",
            "加强门户网站和医疗机构信息公开。",
        ];
        IndexBuilder.Build(OnePlanCorpus.Of(texts), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    [Fact]
    public void NotATerm_LeavesTheOthersRankedAsWithoutIt()
    {
        var without = searcher.Search(new SearchRequest("政府网站", Limit: 10)).Hits.Where(h => h.Id != "p-2022-3").ToList();
        var excluding = searcher.Search(new SearchRequest("政府网站 NOT 疫情防控", Limit: 10)).Hits;

        Assert.DoesNotContain(excluding, h => h.Id == "p-2022-3");
        Assert.Contains(excluding, h => h.Id == "p-2022-1");
        Assert.Equal(without.Select(h => (h.Id, h.Score)), excluding.Select(h => (h.Id, h.Score)));
    }

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }
}
