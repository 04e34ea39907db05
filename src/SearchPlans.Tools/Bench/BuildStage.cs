using System.Diagnostics;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Tools.Bench;

/// <summary>What one build measured in a process of its own: the stages' times and the process's peak memory.</summary>
/// <param name="PeakResidentMb">The build process's peak resident set: reading, linking and writing the index together.</param>
internal sealed record BuildStageReport(int Plans, int Requirements, int Links, double IngestSeconds, double LinkSeconds, double LuceneSeconds, double PeakResidentMb);

/// <summary>
/// Reads, links and indexes a folder of plans as `searchplans index` does, timing each stage. It runs in a process of
/// its own (<see cref="StageProcess"/>), so the peak it reports is the build's and nothing else's.
/// </summary>
internal static class BuildStage
{
    /// <param name="warmUpFolder">A tiny corpus built first and thrown away, so JIT and the one-time tables (folding,
    /// ICU) are not charged to the timed build.</param>
    public static BuildStageReport Run(string plansFolder, string index, LinkScope scope, string? warmUpFolder)
    {
        var pipeline = new IndexPipeline();
        if (warmUpFolder is not null)
        {
            var warmIndex = index + "-warm-up";
            pipeline.Build(pipeline.Read(warmUpFolder).PlansRead(), warmIndex, new LinkOptions(Scope: scope));
            Directory.Delete(warmIndex, recursive: true);
        }
        var clock = Stopwatch.StartNew();
        // The files' results stay alive to the end, as `searchplans index` keeps them to report on each file.
        var results = pipeline.Read(plansFolder);
        var read = results.PlansRead();
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var linked = pipeline.Link(read, new LinkOptions(Scope: scope));
        var linkSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        pipeline.Write(linked, index);
        var luceneSeconds = clock.Elapsed.TotalSeconds;
        GC.KeepAlive(results);
        return new BuildStageReport(read.Count, read.Sum(p => p.Requirements.Count), linked.Links.Count, ingestSeconds, linkSeconds, luceneSeconds,
            ProcessMemory.PeakResidentMb());
    }
}
