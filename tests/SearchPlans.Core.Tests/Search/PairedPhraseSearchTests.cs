using SearchPlans.Index;
using SearchPlans.Model;
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
        string[] path = ["一、工作任务"];
        Requirement Item(string number, string text) =>
            new($"p-2022-{number}", number, path, text, "各单位", [new("各单位", false)], false, null, [], SourceSpan.Line(2));
        var plan = new Plan("p-2022", "某市2022年政务公开工作要点", new Jurisdiction("某市", AdminLevel.City, "广东省"), 2022, null, null, null, [],
            [new Section(path[0], [], SourceSpan.Line(1))],
            [
                Item("1", "做好政府信息公开工作。"),
                // 政府, 信息 and 公开 two positions apart each, were runs not kept apart.
                Item("2", "依法管理政府，甲信息，乙公开。"),
                Item("3", "政府信息，公开栏。"),
            ], [], "p.txt");
        IndexBuilder.Build(new Corpus([plan]), folder.Combine("index"));
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
