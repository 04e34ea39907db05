using System.Diagnostics;
using SearchPlans.Generate;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Pipeline;
using SearchPlans.Search;
using SearchPlans.Search.Evaluation;
using SearchPlans.Tools.Commands;

namespace SearchPlans.Tools.Bench;

/// <summary>
/// The whole pipeline on one generated corpus: files written, then read, linked and indexed in a process of their
/// own; the query mix timed on a warm searcher and on SQLite FTS5 over the same requirements; and the web app started
/// over the index in another process, for the memory a server holds.
/// </summary>
internal sealed class SizeRun(CorpusGenerator generator, int seed, int repeats, LinkScope scope, IPipelineProgress progress)
{
    private const double Mb = 1024.0 * 1024.0;

    /// <param name="warmUpFolder">Plan files of a tiny corpus the build process builds first, untimed; null for none.</param>
    public SizeReport Measure(int plans, string folder, string? warmUpFolder)
    {
        var (truth, plansFolder, inputMb, year) = Generate(plans, folder);
        var index = Path.Combine(folder, "index");
        var built = progress.Run("Reading, linking and indexing {0} plans in a process of their own", [plans], () =>
            StageProcess.Run<BuildStageReport>(BenchBuildCommand.StageArguments(plansFolder, index, scope.ToString().ToLowerInvariant(), warmUpFolder)));
        // Loaded in a method of its own, so the stored corpus is garbage before serving is measured.
        var peers = Peers(index, truth, Path.Combine(folder, "peer.sqlite"));
        using var sqlite = peers.Sqlite;
        var (queries, servingHeap, ourTop10) = progress.Run("Timing the query mix", () => ServeQueries(index, year));
        var (sqliteLatency, overlap) = progress.Run("Timing SQLite on the same mix", () => PeerQueries(sqlite, year, ourTop10));
        var served = progress.Run("Serving the index in a process of its own", () =>
            StageProcess.Run<ServingStageReport>(BenchServeCommand.StageArguments(index, year, ServingRounds)));
        var indexSeconds = built.IngestSeconds + built.LuceneSeconds;
        // The plans read, not those asked for: the report must describe the corpus that was measured.
        return new SizeReport(
            built.Plans, built.Requirements, inputMb, built.IngestSeconds, built.LuceneSeconds, peers.LuceneWriterAnalysesSeconds, indexSeconds, inputMb / indexSeconds,
            built.Requirements / indexSeconds, built.LinkSeconds, built.Links, peers.LineageRecall, FolderSize(index) / Mb,
            built.PeakResidentMb, served.ResidentMb, served.StartSeconds, servingHeap / Mb, queries,
            new SqliteReport(sqlite.BuildSeconds, sqlite.SizeOnDisk / Mb, sqliteLatency, overlap));
    }

    /// <summary>How many times the serving process answers the query mix before its memory is read.</summary>
    private const int ServingRounds = 3;

    private sealed record PeerRuns(double LuceneWriterAnalysesSeconds, double LineageRecall, SqliteTrigramPeer Sqlite);

    private (TruthFile Truth, string PlansFolder, double InputMb, int CommonYear) Generate(int plans, string folder)
    {
        var generated = progress.Run("Generating {0} plans", [plans], () => generator.Generate(plans, seed));
        generated.WriteTo(folder);
        var plansFolder = Path.Combine(folder, GeneratedCorpus.PlansFolder);
        var inputMb = Directory.EnumerateFiles(plansFolder).Sum(f => new FileInfo(f).Length) / Mb;
        var year = generated.Plans.GroupBy(p => p.Year).MaxBy(g => g.Count())!.Key;
        return (TruthFile.From(generated), plansFolder, inputMb, year);
    }

    // The corpus as the build stored it, links and all, for the peers: the same build with the writer analysing, and SQLite.
    private PeerRuns Peers(string index, TruthFile truth, string sqlitePath)
    {
        var linked = progress.Run("Loading the stored corpus", () => CorpusStore.Load(index));
        // The same build with the writing thread analysing each document as it adds it, as every build did before
        // analysis moved to threads of its own.
        var writerIndex = index + "-writer-analyses";
        var (_, writerAnalysesSeconds) = Timed(progress, "Building the index again, the writer analysing", () =>
        {
            IndexBuilder.Build(linked, writerIndex, analysisThreads: 0);
            return 0;
        });
        Directory.Delete(writerIndex, recursive: true);
        var sqlite = progress.Run("Building the SQLite FTS5 peer", () => SqliteTrigramPeer.Build(linked, sqlitePath));
        return new PeerRuns(writerAnalysesSeconds, LineageRecall.Of(truth, linked.Links), sqlite);
    }

    /// <summary>Untimed passes over the query mix before the timed ones.</summary>
    public const int WarmUpRounds = 10;

    private (QueryReport Report, long ServingHeapBytes, Dictionary<BenchQuery, IReadOnlyList<string>> Top10) ServeQueries(string index, int year)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        // A serving process holds the stored corpus (links, comparisons) and one open searcher.
        var corpus = CorpusStore.Load(index);
        using var searcher = new PlanSearcher(index);
        var mix = QueryMix.For(year);
        var top10 = mix.ToDictionary(q => q, q => (IReadOnlyList<string>)[.. searcher.Search(q.Request).Hits.Select(h => h.Id)]);
        // Warm means what a server that has answered a while runs: the search code compiled at its final tier, and
        // no garbage left from building the index.
        for (var round = 0; round < WarmUpRounds; round++)
            foreach (var query in mix)
                searcher.Search(query.Request);
        GC.Collect();
        var timings = mix.ToDictionary(q => q, _ => new List<double>());
        for (var round = 0; round < repeats; round++)
        {
            foreach (var query in mix)
            {
                var clock = Stopwatch.StartNew();
                searcher.Search(query.Request);
                timings[query].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var heap = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(corpus);
        var byKind = timings.GroupBy(t => t.Key.Kind).ToDictionary(g => g.Key, g => Latency.Of([.. g.SelectMany(t => t.Value)]));
        return (new QueryReport(Latency.Of([.. timings.Values.SelectMany(t => t)]), byKind), heap, top10);
    }

    private (Latency Latency, double Overlap) PeerQueries(SqliteTrigramPeer sqlite, int year, Dictionary<BenchQuery, IReadOnlyList<string>> ours)
    {
        var mix = QueryMix.For(year);
        var overlaps = new List<double>();
        foreach (var query in mix.Where(q => q.Request.Limit > 0))
        {
            var theirs = sqlite.Run(query.FtsMatch, query.FtsWhere, query.Request.Limit == 0).ToHashSet(StringComparer.Ordinal);
            var mine = ours.First(o => o.Key == query).Value;
            if (mine.Count > 0)
                overlaps.Add((double)mine.Count(theirs.Contains) / mine.Count);
        }
        var timings = new List<double>();
        for (var round = 0; round < repeats; round++)
        {
            foreach (var query in mix)
            {
                var clock = Stopwatch.StartNew();
                sqlite.Run(query.FtsMatch, query.FtsWhere, query.Request.Limit == 0);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return (Latency.Of(timings), overlaps.Count == 0 ? 0 : overlaps.Average());
    }

    private static (T Result, double Seconds) Timed<T>(IPipelineProgress progress, string step, Func<T> work) =>
        progress.Run(step, () =>
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            return (result, clock.Elapsed.TotalSeconds);
        });

    private static long FolderSize(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
