using BenchmarkDotNet.Attributes;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Benchmarks;

/// <summary>One query of each kind on a warm searcher over a generated corpus; every query also counts facets.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private string folder = "";
    private PlanSearcher? searcher;

    [Params(400)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "searchplans-bench-query-" + Guid.NewGuid().ToString("N")[..8]);
        IndexBuilder.Build(BenchData.Generated(Plans), folder);
        searcher = new PlanSearcher(folder);
    }

    [Benchmark]
    public int Terms() => Run(new SearchRequest("政务公开", Limit: 10));

    [Benchmark]
    public int Phrase() => Run(new SearchRequest("\"政府信息公开\"", Limit: 10));

    [Benchmark]
    public int Boolean() => Run(new SearchRequest("(政府网站 OR 政务新媒体) NOT 疫情防控", Limit: 10));

    [Benchmark]
    public int Filtered() => Run(new SearchRequest("政策解读", Levels: ["city"], Limit: 10));

    [Benchmark]
    public int FacetCountsOnly() => Run(new SearchRequest("*", Limit: 0));

    private int Run(SearchRequest request) => searcher!.Search(request).Total;

    [GlobalCleanup]
    public void Cleanup()
    {
        searcher?.Dispose();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
