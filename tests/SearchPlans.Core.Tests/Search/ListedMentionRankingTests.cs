using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// A requirement about what was searched ranks above one that names it among a list's items, whatever their lengths;
/// both rank above a requirement found only through a variant.
/// </summary>
public sealed class ListedMentionRankingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    public ListedMentionRankingTests()
    {
        string[] texts =
        [
            // 1: in passing, short, so BM25 alone would put it first.
            "统筹用好新闻发布会、政务新媒体等平台。",
            // 2: about it, and long.
            "根据市政府新闻发布会工作安排，提前做好重大政策发布前和发布后的解读回应工作，注意收集相关舆情，及时了解掌握社会公众对政策执行效果的反馈与评价。",
            // 3: in passing again, in a list that runs on.
            "综合运用在线访谈、新闻发布会、图文动画、短视频等形式开展深入解读，更加注重实质性解读。",
        ];
        IndexBuilder.Build(OnePlanCorpus.Of(texts), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    [Fact]
    public void ARequirementAboutTheTerm_RanksAboveThoseListingIt()
    {
        var ids = searcher.Search(new SearchRequest("新闻发布会", Limit: 10)).Hits.Select(h => h.Id).ToList();

        Assert.Equal(3, ids.Count);
        Assert.Equal("p-2022-2", ids[0]);
    }

    [Fact]
    public void AQuotedPhrase_StillFindsTheListedMentions()
    {
        var ids = searcher.Search(new SearchRequest("\"新闻发布会\"", Limit: 10)).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["p-2022-1", "p-2022-2", "p-2022-3"], ids.Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }
}
