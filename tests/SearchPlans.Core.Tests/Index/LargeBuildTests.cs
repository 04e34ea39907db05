using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

/// <summary>
/// A corpus large enough to be written in runs, one a core: the index holds its requirements in the corpus's order,
/// in a few segments, and no run's folder is left behind.
/// </summary>
public sealed class LargeBuildTests : IDisposable
{
    private const int ItemsPerPlan = 11_000;
    private readonly TempFolder folder = new();

    [Fact]
    public void ALargeCorpus_KeepsTheCorpusOrder_InFewSegments()
    {
        var corpus = new Corpus([.. Enumerable.Range(1, 4).Select(PlanOf)]);

        IndexBuilder.Build(corpus, folder.Combine("index"));

        AssertInOrderInFewSegments(corpus);
    }

    // A writer whose share of the corpus outgrows its buffer flushes many small segments, merged back at the end.
    [Fact]
    public void ALargeCorpus_WithASmallWriterBuffer_KeepsTheCorpusOrder_InFewSegments()
    {
        var corpus = new Corpus([.. Enumerable.Range(1, 4).Select(PlanOf)]);

        IndexBuilder.Build(corpus, folder.Combine("index"), analysisThreads: 0, maxBufferMB: 0.5);

        AssertInOrderInFewSegments(corpus);
    }

    private void AssertInOrderInFewSegments(Corpus corpus)
    {
        var generation = IndexLayout.Resolve(folder.Combine("index"));
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(generation));
        using var reader = DirectoryReader.Open(directory);
        var expected = corpus.Plans.SelectMany(p => p.Requirements).Select(r => r.Id).ToList();
        Assert.Equal(expected.Count, reader.MaxDoc);
        var sample = Enumerable.Range(0, 200).Select(i => i * (expected.Count / 200)).Append(expected.Count - 1);
        Assert.All(sample, doc => Assert.Equal(expected[doc], reader.Document(doc).Get(IndexFields.Id)));
        Assert.InRange(reader.Leaves.Count, 1, IndexBuilder.Segments);
        Assert.DoesNotContain(System.IO.Directory.GetDirectories(generation), d => Path.GetFileName(d).StartsWith("run-", StringComparison.Ordinal));
    }

    private static Plan PlanOf(int n)
    {
        string[] path = ["一、工作任务"];
        var id = $"p{n}-2022";
        var requirements = Enumerable.Range(1, ItemsPerPlan).Select(i => new Requirement(
            $"{id}-{i}", $"{i}", path, $"做好第{i}项政务公开工作。", "各单位", [new("各单位", false)], false, null, [], SourceSpan.Line(i + 1))).ToList();
        return new Plan(id, $"某市{n}2022年政务公开工作要点", new Jurisdiction($"某市{n}", AdminLevel.City, "广东省"), 2022, null, null, null, [],
            [new Section(path[0], [], SourceSpan.Line(1))], requirements, [], $"p{n}.txt");
    }

    public void Dispose() => folder.Dispose();
}
