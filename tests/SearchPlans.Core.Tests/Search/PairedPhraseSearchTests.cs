using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// A phrase leaves out every second pair of its characters; the index keeps runs of text apart, so the pairs it
/// keeps still find the phrase, and only the phrase.
/// </summary>
public sealed class PairedPhraseSearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly PlanSearcher searcher;

    public PairedPhraseSearchTests()
    {
        IndexBuilder.Build(OnePlanCorpus.Of(
        [
            "做好政府信息公开工作。",
            // 政府, 信息 and 公开 two positions apart each, were runs not kept apart.
            "依法管理政府，甲信息，乙公开。",
            "政府信息，公开栏。",
        ]), folder.Combine("index"));
        searcher = new PlanSearcher(folder.Combine("index"));
    }

    public void Dispose()
    {
        searcher.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Search_Phrase_FindsItsTextAndNotItsPairsInSeparateRuns()
    {
        var hits = searcher.Search(new SearchRequest("\"政府信息公开\"")).Hits;

        Assert.Equal(["p-2022-1"], hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_PhraseAcrossPunctuation_FindsTextWithPunctuationThere()
    {
        var hits = searcher.Search(new SearchRequest("\"政府信息，公开\"")).Hits;

        Assert.Equal(["p-2022-3"], hits.Select(h => h.Id));
    }
}
