using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>The sample corpus indexed once into a temp folder, with one searcher shared by a test class.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public SampleIndexFixture()
    {
        IndexBuilder.Build(SampleCorpus.Create(), folder.Combine("index"));
        Searcher = new PlanSearcher(folder.Combine("index"));
    }

    public PlanSearcher Searcher { get; }

    public string IndexPath => folder.Combine("index");

    public void Dispose()
    {
        Searcher.Dispose();
        folder.Dispose();
    }
}
