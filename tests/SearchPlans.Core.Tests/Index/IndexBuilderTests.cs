using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Index;

public sealed class IndexBuilderTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string IndexPath => folder.Combine("index");

    public void Dispose() => folder.Dispose();

    private static Corpus OnlyPlan(string planId) => new(SampleCorpus.Create().Plans.Where(p => p.Id == planId).ToList());

    private static int DocumentCount(string indexPath)
    {
        using var directory = FSDirectory.Open(IndexLayout.LuceneDirectory(IndexLayout.Resolve(indexPath)));
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    [Fact]
    public void Build_SampleCorpus_WritesOneDocumentPerRequirementAndTheCorpus()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);

        Assert.True(IndexLayout.Exists(IndexPath));
        Assert.Equal(SampleCorpus.RequirementCount, DocumentCount(IndexPath));
        Assert.Equal(4, CorpusStore.Load(IndexPath).Plans.Count);
    }

    [Fact]
    public void Build_OverExistingIndex_ReplacesItAndLeavesNoTemporaryFolders()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);

        IndexBuilder.Build(OnlyPlan(SampleCorpus.Zhanjiang), IndexPath);

        Assert.Equal(2, DocumentCount(IndexPath));
        Assert.Equal([SampleCorpus.Zhanjiang], CorpusStore.Load(IndexPath).Plans.Select(p => p.Id));
        Assert.Equal(["index"], System.IO.Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_WhenWritingFails_KeepsThePreviousIndex()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        var plan = SampleCorpus.Create().Plans[0];
        var broken = plan with { Requirements = [plan.Requirements[0] with { Text = null! }] };

        Assert.ThrowsAny<Exception>(() => IndexBuilder.Build(new Corpus([broken]), IndexPath));

        Assert.Equal(SampleCorpus.RequirementCount, DocumentCount(IndexPath));
        Assert.Equal(["index"], System.IO.Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
        using var searcher = new PlanSearcher(IndexPath);
        Assert.Equal(2, searcher.Search(new SearchRequest("三同步")).Total);
    }

    [Fact]
    public void Build_EmptyCorpus_WritesAnEmptyIndex()
    {
        IndexBuilder.Build(new Corpus([]), IndexPath);

        Assert.True(IndexLayout.Exists(IndexPath));
        Assert.Equal(0, DocumentCount(IndexPath));
    }

    [Fact]
    public void Build_TwoRequirementsUnderOneId_IndexesBoth()
    {
        // Messy numbering can give two items of one section the same id; neither may vanish from search.
        var plan = SampleCorpus.Create().Plans[0];
        var twin = plan.Requirements[1] with { Id = plan.Requirements[0].Id };
        IndexBuilder.Build(new Corpus([plan with { Requirements = [plan.Requirements[0], twin] }]), IndexPath);

        Assert.Equal(2, DocumentCount(IndexPath));
    }

    [Fact]
    public void Open_IndexWrittenByAnEarlierAnalysis_IsRefusedNamingTheFolderAndTheFix()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        EarlierIndexes.MarkAsWrittenByTheFirstAnalysis(IndexPath);

        var error = Assert.Throws<IndexVersionException>(() => new PlanSearcher(IndexPath));

        Assert.Contains(IndexPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("searchplans index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_IndexWrittenByAnEarlierAnalysis_IsRefusedAndKept()
    {
        var corpus = SampleCorpus.Create();
        IndexBuilder.Build(corpus, IndexPath);
        EarlierIndexes.MarkAsWrittenByTheFirstAnalysis(IndexPath);

        Assert.Throws<IndexVersionException>(() => IndexBuilder.Update(corpus, IndexPath, new HashSet<string> { corpus.Plans[0].Id }));

        Assert.Equal(SampleCorpus.RequirementCount, DocumentCount(IndexPath));
        Assert.Equal(["index"], System.IO.Directory.GetDirectories(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_OverAnIndexOfAnEarlierAnalysis_WritesOneThatOpens()
    {
        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);
        EarlierIndexes.MarkAsWrittenByTheFirstAnalysis(IndexPath);

        IndexBuilder.Build(SampleCorpus.Create(), IndexPath);

        using var searcher = new PlanSearcher(IndexPath);
        Assert.Equal(SampleCorpus.RequirementCount, searcher.RequirementCount);
    }
}
