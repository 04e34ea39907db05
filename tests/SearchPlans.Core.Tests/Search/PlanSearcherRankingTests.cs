using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// Matching reads the bigram field; the best matches are ranked again with the word field, so a requirement that
/// holds the query as a whole word comes before one where its characters only meet across two words.
/// </summary>
public sealed class PlanSearcherRankingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    public PlanSearcherRankingTests()
    {
        // 公开发布 holds the pair 开发 across 公开 | 发布; the long item holds the word 开发, which on bigrams alone
        // ranks lower, being longer.
        var texts = new List<string> { "公开发布", "推进园区开发建设和招商引资工作的若干措施要求按时落实到位" };
        texts.AddRange(Enumerable.Range(3, 30).Select(n => $"做好第{ChineseDigits(n)}项信息的公开发布和解读工作"));
        IndexBuilder.Build(OnePlanCorpus.Of(texts), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    [Fact]
    public void Search_WholeWordMatch_RanksBeforeCharactersMeetingAcrossWords()
    {
        var hits = searcher.Search(new SearchRequest("开发", Limit: 5)).Hits;

        Assert.Equal("p-2022-2", hits[0].Id);
        Assert.Contains(hits, h => h.Id == "p-2022-1");
    }

    [Fact]
    public void Search_PagesOfAnyLength_FollowOneOrder()
    {
        var whole = searcher.Search(new SearchRequest("公开发布", Limit: 100)).Hits.Select(h => h.Id).ToList();
        Assert.True(whole.Count > 20);

        foreach (var size in new[] { 3, 7, 10 })
        {
            var paged = new List<string>();
            for (var offset = 0; offset < whole.Count; offset += size)
                paged.AddRange(searcher.Search(new SearchRequest("公开发布", Offset: offset, Limit: size)).Hits.Select(h => h.Id));
            Assert.Equal(whole, paged);
        }
    }

    private static string ChineseDigits(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "〇一二三四五六七八九"[c - '0']));

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }
}
