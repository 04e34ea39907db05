using SearchPlans.Index;
using SearchPlans.Model;
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
        string[] path = ["一、工作任务"];
        Requirement Item(string number, string text) =>
            new($"p-2022-{number}", number, path, text, "各单位", [new("各单位", false)], false, null, [], SourceSpan.Line(2));
        var requirements = new List<Requirement>
        {
            Item("1", "公开发布"),
            Item("2", "推进园区开发建设和招商引资工作的若干措施要求按时落实到位"),
        };
        requirements.AddRange(Enumerable.Range(3, 30).Select(n => Item($"{n}", $"做好第{ChineseDigits(n)}项信息的公开发布和解读工作")));
        var plan = new Plan("p-2022", "某市2022年政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, "广东省"), 2022, null, null, null, [],
            [new Section(path[0], [], SourceSpan.Line(1))], requirements, [], "p.txt");
        IndexBuilder.Build(new Corpus([plan]), folder.Combine("index"));
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
