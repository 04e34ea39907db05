using BenchmarkDotNet.Attributes;
using SearchPlans.Analysis;

namespace SearchPlans.Benchmarks;

/// <summary>Word segmentation; the time reported is per character, so 1 / time is characters per second.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int Characters = 10_000;

    private readonly WordSegmenter segmenter = new();
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = BenchData.Text(Characters);

    [Benchmark(OperationsPerInvoke = Characters)]
    public int Segment() => segmenter.Segment(text).Count;

    [Benchmark(OperationsPerInvoke = Characters)]
    public int Terms() => segmenter.Terms(text).Count;
}
