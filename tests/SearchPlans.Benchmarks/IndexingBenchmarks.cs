using BenchmarkDotNet.Attributes;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Benchmarks;

/// <summary>Writing a batch of generated plans into a fresh index (Lucene documents plus the stored corpus).</summary>
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private Corpus batch = new([]);
    private string folder = "";

    [Params(20)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        batch = BenchData.Generated(Plans);
        folder = Path.Combine(Path.GetTempPath(), "searchplans-bench-index-" + Guid.NewGuid().ToString("N")[..8]);
    }

    [Benchmark]
    public void BuildIndex() => IndexBuilder.Build(batch, folder);

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
