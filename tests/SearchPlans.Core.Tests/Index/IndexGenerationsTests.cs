using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Index;

public sealed class IndexGenerationsTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string IndexPath => folder.Combine("index");

    public void Dispose() => folder.Dispose();

    private static Corpus OnlyPlan(string planId) => new(SampleCorpus.Create().Plans.Where(p => p.Id == planId).ToList());

    private string[] Generations() =>
        [.. Directory.GetDirectories(IndexPath).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    private string Current() => File.ReadAllText(Path.Combine(IndexPath, IndexLayout.CurrentFileName)).Trim();

    [Fact]
    public void EachBuild_PublishesANewGenerationAndKeepsOnlyTheOneBefore()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        Assert.Equal(["g000001", "g000002"], Generations());

        IndexBuilder.Build(OnlyPlan(SampleCorpus.Zhanjiang), IndexPath);

        Assert.Equal(["g000002", "g000003"], Generations());
        Assert.Equal("g000003", Current());
        Assert.Equal([SampleCorpus.Zhanjiang], CorpusStore.Load(IndexPath).Plans.Select(p => p.Id));
    }

    [Fact]
    public void AnUnfinishedGeneration_IsNeverReadAndIsRemovedByTheNextBuild()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        // What a build killed half-way leaves: a newer generation with part of its files and no COMPLETE marker.
        var killed = IndexGenerations.Create(IndexPath);
        Directory.CreateDirectory(IndexLayout.LuceneDirectory(killed));
        File.WriteAllBytes(IndexLayout.CorpusFile(killed), [1, 2, 3]);

        Assert.Equal(Path.Combine(IndexPath, "g000001"), IndexLayout.Resolve(IndexPath));
        Assert.Equal(4, CorpusStore.Load(IndexPath).Plans.Count);

        IndexBuilder.Build(OnlyPlan(SampleCorpus.Zhanjiang), IndexPath);

        Assert.Equal(["g000001", "g000003"], Generations());
    }

    [Fact]
    public void ALostCurrentFile_FallsBackToTheNewestCompleteGeneration()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        IndexBuilder.Build(OnlyPlan(SampleCorpus.Zhanjiang), IndexPath);
        File.Delete(Path.Combine(IndexPath, IndexLayout.CurrentFileName));

        using var searcher = new PlanSearcher(IndexPath);

        Assert.Equal(2, searcher.RequirementCount);
    }

    [Fact]
    public void AReaderOfTheOldGeneration_KeepsSearchingWhileANewOneIsPublished()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        using var before = new PlanSearcher(IndexPath);

        IndexBuilder.Build(OnlyPlan(SampleCorpus.Zhanjiang), IndexPath);

        Assert.Equal(SampleCorpus.RequirementCount, before.Search(new SearchRequest("*")).Total);
        using var after = new PlanSearcher(IndexPath);
        Assert.Equal(2, after.Search(new SearchRequest("*")).Total);
    }

    [Fact]
    public void ASecondBuildOfTheSameIndexAtOnce_IsRefusedWithAClearMessage()
    {
        using var running = BuildLock.Acquire(IndexPath);

        var error = Assert.Throws<IOException>(() => IndexBuilder.Build(SampleCorpus.Create(), IndexPath));

        Assert.Contains("another build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndexWrittenBeforeGenerations_IsStillRead()
    {
        var legacy = IndexGenerations.Create(folder.Combine("old"));
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        Directory.Delete(legacy, recursive: true);
        Directory.Move(IndexLayout.Resolve(IndexPath), legacy);
        File.Delete(Path.Combine(legacy, IndexLayout.CompleteMarkerName));
        var flat = folder.Combine("flat");
        Directory.Move(legacy, flat);

        Assert.True(IndexLayout.Exists(flat));
        Assert.Equal(4, CorpusStore.Load(flat).Plans.Count);
    }
}
