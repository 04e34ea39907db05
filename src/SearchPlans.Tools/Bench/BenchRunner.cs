using System.Runtime.InteropServices;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Pipeline;
using SearchPlans.Model;

namespace SearchPlans.Tools.Bench;

/// <summary>
/// Runs the pipeline at N, 2N, 4N… plans in temporary folders, fits how each cost grows, and compares
/// all-pairs alignment with candidate generation on a small corpus. The folders are deleted afterwards.
/// </summary>
internal sealed class BenchRunner(RequirementPool pool, LayoutMix layouts, IReadOnlyList<CatalogEntry> catalog, IPipelineProgress progress)
{
    /// <param name="sizes">How many sizes, each twice the one before.</param>
    /// <param name="measured">Told of each size as soon as it is measured: a large run takes many minutes a size.</param>
    public BenchReport Run(int plans, int sizes, int seed, int repeats, int pairPlans, LinkScope scope, Action<SizeReport> measured)
    {
        var root = Path.Combine(Path.GetTempPath(), "searchplans-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = new SizeRun(new CorpusGenerator(pool, layouts, catalog), seed, repeats, scope, progress);
            // A throw-away run first, so JIT and the one-time tables (folding, ICU) are not charged to the smallest size.
            // Its plan files stay, for each build process to build first in the same way.
            var warmUp = Path.Combine(root, "warm-up");
            run.Measure(2, warmUp, warmUpFolder: null);
            var reports = new List<SizeReport>();
            foreach (var n in Enumerable.Range(0, sizes).Select(i => plans << i))
            {
                reports.Add(run.Measure(Math.Min(n, CorpusGenerator.CapacityOf(catalog)), Path.Combine(root, $"n{n}"), Path.Combine(warmUp, GeneratedCorpus.PlansFolder)));
                measured(reports[^1]);
                // Each size's folder can take gigabytes; the next size does not need it.
                Directory.Delete(Path.Combine(root, $"n{n}"), recursive: true);
            }
            var alignment = progress.Run("All-pairs against candidate alignment on {0} plans", [pairPlans], () => AlignmentOnSmallCorpus(pairPlans, seed));
            return new BenchReport(
                new BenchMachine(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription),
                seed, scope.ToString().ToLowerInvariant(), reports, Growth(reports), alignment);
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    private AlignmentPeerReport AlignmentOnSmallCorpus(int plans, int seed)
    {
        var generated = new CorpusGenerator(pool, layouts, catalog).Generate(plans, seed);
        var ingester = new PlanIngester();
        var read = generated.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content)).PlansRead();
        return AlignmentPeer.Measure(read, TruthFile.From(generated));
    }

    private static GrowthReport Growth(IReadOnlyList<SizeReport> sizes)
    {
        var n = sizes.Select(s => (double)s.Requirements).ToList();
        double? Fit(Func<SizeReport, double> cost) => GrowthFit.Exponent(n, [.. sizes.Select(cost)]);
        return new GrowthReport(Fit(s => s.IngestSeconds), Fit(s => s.LuceneSeconds), Fit(s => s.LinkSeconds), Fit(s => s.Queries.All.P50), Fit(s => s.ServingHeapMb),
            Fit(s => s.BuildPeakMb), Fit(s => s.ServingResidentMb));
    }
}
