using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Benchmarks;

/// <summary>The inputs every benchmark shares: the seed plans and corpora generated from them with a fixed seed.</summary>
internal static class BenchData
{
    private static readonly Lazy<IReadOnlyList<Plan>> SeedPlans = new(() =>
        new IndexPipeline().Read(Path.Combine(RepositoryRoot(), "seeds")).PlansRead());

    public static IReadOnlyList<Plan> Seeds => SeedPlans.Value;

    /// <summary>A generated corpus of that many plans, read back by the ingester.</summary>
    public static Corpus Generated(int plans)
    {
        var generated = new CorpusGenerator(RequirementPool.FromPlans(Seeds)).Generate(plans, seed: 42);
        var ingester = new PlanIngester();
        return new Corpus([.. generated.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content).Plan!)]);
    }

    /// <summary>Exactly <paramref name="length"/> characters of real plan text, the seeds' requirements repeated.</summary>
    public static string Text(int length)
    {
        var all = string.Concat(Seeds.SelectMany(p => p.Requirements).Select(r => r.Text));
        return string.Concat(Enumerable.Repeat(all, length / all.Length + 1))[..length];
    }

    private static string RepositoryRoot()
    {
        // BenchmarkDotNet runs each benchmark from a generated project below bin/, so look upwards from there too.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchPlans.sln")))
                    return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (SearchPlans.sln) above the benchmark binaries");
    }
}
