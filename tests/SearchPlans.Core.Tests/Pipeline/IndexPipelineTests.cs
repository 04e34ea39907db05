using System.Collections.Concurrent;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Pipeline;

namespace SearchPlans.Tests.Pipeline;

public sealed class IndexPipelineTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string IndexPath => folder.Combine("index");

    [Fact]
    public void Build_FromAFolder_StoresEveryPlanReadWithItsLinks()
    {
        var results = new IndexPipeline().Build(Seeds.SeedDirectory, IndexPath);

        Assert.True(IndexPipeline.Exists(IndexPath));
        var stored = IndexPipeline.Open(IndexPath);
        Assert.Equal(results.PlansRead().Select(p => p.Id).Order(), stored.Plans.Select(p => p.Id).Order());
        Assert.NotEmpty(stored.Links);
        Assert.Contains(stored.Links, l => l.Source.StartsWith("heyuan-2022-", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TellsItsProgressOfEveryFile()
    {
        var progress = new RecordingProgress();

        var results = new IndexPipeline(progress).Read(Seeds.SeedDirectory);

        var step = Assert.Single(progress.Steps);
        Assert.Equal(results.Count, step.Size);
        Assert.Equal(results.Count, progress.Reports.Max());
    }

    [Fact]
    public void Build_NamesEachStepItRuns_ReadingLinkingWriting()
    {
        var progress = new RecordingProgress();

        new IndexPipeline(progress).Build(Seeds.SeedDirectory, IndexPath);

        Assert.Collection(progress.Steps,
            s => Assert.StartsWith("Reading plans", s.Description, StringComparison.Ordinal),
            s => Assert.StartsWith("Linking requirements", s.Description, StringComparison.Ordinal),
            s => Assert.StartsWith("Building the index", s.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Add_AFileOfAnIndexedPlan_ReplacesThatPlanAndKeepsTheOthers()
    {
        var pipeline = new IndexPipeline();
        pipeline.Build(Seeds.SeedDirectory, IndexPath);
        var heyuanFile = Path.Combine(Seeds.SeedDirectory, Seeds.Heyuan.SourceName);

        var added = pipeline.Add(IndexPath, [heyuanFile]);

        var (plan, replacedId) = Assert.Single(added.Replaced);
        Assert.Equal(Seeds.Heyuan.Id, replacedId);
        Assert.Equal(Seeds.Heyuan.Id, plan.Id);
        var stored = IndexPipeline.Open(IndexPath);
        Assert.Equal(Seeds.Results.Count(r => r.Succeeded), stored.Plans.Count);
        Assert.Contains(stored.Links, l => l.Source.StartsWith(Seeds.Heyuan.Id + "-", StringComparison.Ordinal)
            || l.Target.StartsWith(Seeds.Heyuan.Id + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_AFileThatCannotBeRead_SaysWhyAndChangesNothing()
    {
        var (pipeline, generation) = BuildSeeds();
        var empty = folder.Combine("empty.txt");
        File.WriteAllText(empty, "");

        var added = pipeline.Add(IndexPath, [empty]);

        Assert.False(Assert.Single(added.Files).Succeeded);
        Assert.Empty(added.Replaced);
        Assert.Equal(generation, IndexLayout.Resolve(IndexPath));
    }

    [Fact]
    public void Remove_TakesThePlanAndItsLinksOut()
    {
        var pipeline = new IndexPipeline();
        pipeline.Build(Seeds.SeedDirectory, IndexPath);

        var removed = pipeline.Remove(IndexPath, Seeds.Heyuan.Id);

        Assert.Equal(Seeds.Heyuan.Id, removed?.Id);
        var stored = IndexPipeline.Open(IndexPath);
        Assert.Null(stored.FindPlan(Seeds.Heyuan.Id));
        Assert.DoesNotContain(stored.Links, l => l.Source.StartsWith(Seeds.Heyuan.Id + "-", StringComparison.Ordinal)
            || l.Target.StartsWith(Seeds.Heyuan.Id + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Remove_AnUnknownPlan_ReturnsNullAndWritesNoGeneration()
    {
        var (pipeline, generation) = BuildSeeds();

        Assert.Null(pipeline.Remove(IndexPath, "nowhere-2022"));
        Assert.Equal(generation, IndexLayout.Resolve(IndexPath));
    }

    [Fact]
    public void EnsureIndex_BuildsFromTheSeedsOnlyWhenThereIsNone()
    {
        var pipeline = new IndexPipeline();

        Assert.Equal(EnsureOutcome.NoSeeds, pipeline.EnsureIndex(IndexPath, folder.Combine("no-such-folder")).Outcome);
        var (built, files) = pipeline.EnsureIndex(IndexPath, Seeds.SeedDirectory);
        Assert.Equal(EnsureOutcome.Built, built);
        Assert.Equal(Seeds.Results.Count, files.Count);
        var generation = IndexLayout.Resolve(IndexPath);
        Assert.Equal(EnsureOutcome.Existed, pipeline.EnsureIndex(IndexPath, Seeds.SeedDirectory).Outcome);
        Assert.Equal(generation, IndexLayout.Resolve(IndexPath));
    }

    /// <summary>A pipeline and the generation it built from the seeds.</summary>
    private (IndexPipeline Pipeline, string Generation) BuildSeeds()
    {
        var pipeline = new IndexPipeline();
        pipeline.Build(Seeds.SeedDirectory, IndexPath);
        return (pipeline, IndexLayout.Resolve(IndexPath));
    }

    private sealed class RecordingProgress : IPipelineProgress
    {
        public List<PipelineStep> Steps { get; } = [];

        public ConcurrentBag<int> Reports { get; } = [];

        public T Run<T>(PipelineStep step, Func<IProgress<int>, T> work)
        {
            Steps.Add(step);
            return work(new Recorder(Reports));
        }

        private sealed class Recorder(ConcurrentBag<int> reports) : IProgress<int>
        {
            public void Report(int value) => reports.Add(value);
        }
    }
}
