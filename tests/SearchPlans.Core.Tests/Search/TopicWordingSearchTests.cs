using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// A search for a topic finds each of its wordings through the topic's one term in the index, however many wordings
/// the topic has and whichever the searcher shows.
/// </summary>
public sealed class TopicWordingSearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    // 政策解读's wordings in the topic list's order; the last, 多元化解读, comes after the eight a search shows and ranks.
    private static readonly string[] Wordings = ["解读材料", "解读方案", "解读工作", "图解", "简明问答", "一图读懂", "以案释法", "解读力度", "解读质量", "多元化解读"];

    public TopicWordingSearchTests()
    {
        var texts = Wordings.Select(w => $"做好{w}相关事项。")
            .Append("加强政策解读，回应社会关切。")
            .Append("做好年度考核工作。");
        IndexBuilder.Build(OnePlanCorpus.Of(texts), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    [Fact]
    public void ATopicsName_FindsEveryWordingOfIt_PastThoseShown()
    {
        var ids = searcher.Search(new SearchRequest("政策解读", Limit: 20)).Hits.Select(h => h.Id).ToList();

        Assert.Equal("p-2022-11", ids[0]);
        Assert.Contains("p-2022-10", ids);
        Assert.Equal(Wordings.Length + 1, ids.Count);
    }

    [Fact]
    public void ATextWithoutAnyWording_IsNotFound()
    {
        var ids = searcher.Search(new SearchRequest("政策解读", Limit: 20)).Hits.Select(h => h.Id);

        Assert.DoesNotContain("p-2022-12", ids);
    }

    [Fact]
    public void ASmallIndex_IsOneSegment()
    {
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(folder.Combine("index"))));
        using var reader = DirectoryReader.Open(directory);

        Assert.Single(reader.Leaves);
    }

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }
}
