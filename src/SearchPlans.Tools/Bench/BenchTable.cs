using System.Globalization;
using Spectre.Console;

namespace SearchPlans.Tools.Bench;

/// <summary>Renders a bench report as tables for people; the JSON file is for programs.</summary>
internal static class BenchTable
{
    public static void Write(TextWriter output, BenchReport report, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
        });
        // One column per size, one row per figure: the sizes are few and the figures many.
        var sizes = new Table().Title($"Pipeline on generated corpora, {report.Links} links stored ({report.Machine.Cores} cores, {report.Machine.Runtime})");
        sizes.AddColumn("");
        foreach (var s in report.Sizes)
            sizes.AddColumn($"{N(s.Plans)} plans", c => c.RightAligned());
        void Row(string name, Func<SizeReport, string> value) => sizes.AddRow([name, .. report.Sizes.Select(value)]);
        Row("requirements", s => N(s.Requirements));
        Row("input MB", s => F(s.InputMb));
        Row("read files s", s => F(s.IngestSeconds));
        Row("write index s", s => F(s.LuceneSeconds));
        Row("write index, writer analysing s", s => F(s.LuceneWriterAnalysesSeconds));
        Row("index build MB/s", s => F(s.IndexMbPerSecond));
        Row("index build req/s", s => N((int)s.RequirementsPerSecond));
        Row("link s", s => F(s.LinkSeconds));
        Row("links", s => N(s.Links));
        Row("lineage recall", s => P(s.LineageRecall));
        Row("index on disk MB", s => F(s.IndexSizeMb));
        Row("build peak memory MB", s => F(s.BuildPeakMb));
        Row("serving resident MB", s => F(s.ServingResidentMb));
        Row("server start s", s => F(s.ServingStartSeconds));
        Row("serving heap MB", s => F(s.ServingHeapMb));
        Row("query p50/p95/p99 ms", s => $"{F(s.Queries.All.P50)}/{F(s.Queries.All.P95)}/{F(s.Queries.All.P99)}");
        Row("sqlite build s", s => F(s.Sqlite.BuildSeconds));
        Row("sqlite on disk MB", s => F(s.Sqlite.SizeMb));
        Row("sqlite p50/p95 ms", s => $"{F(s.Sqlite.Latency.P50)}/{F(s.Sqlite.Latency.P95)}");
        Row("sqlite top-10 overlap", s => P(s.Sqlite.Top10Overlap));
        console.Write(sizes);

        var kinds = new Table().Title("Query latency by kind at the largest size (ms)");
        kinds.AddColumns("kind", "p50", "p95", "p99", "max");
        foreach (var (kind, latency) in report.Sizes[^1].Queries.ByKind)
            kinds.AddRow(kind, F(latency.P50), F(latency.P95), F(latency.P99), F(latency.Max));
        console.Write(kinds);

        var g = report.Growth;
        console.WriteLine($"Growth exponents over requirements (1 = linear, 2 = all pairs): read {E(g.Ingest)}, index {E(g.Lucene)}, link {E(g.Link)}, query p50 {E(g.QueryP50)}, serving heap {E(g.ServingHeap)}.");
        // Memory by itself, with the sizes it was fitted over: issue 26 asks for at most 0.3 (nearly flat).
        console.WriteLine($"Memory growth exponents over {string.Join(", ", report.Sizes.Select(s => N(s.Requirements)))} requirements: build peak {E(g.BuildPeak)}, serving resident {E(g.ServingResident)}.");
        var a = report.AlignmentPeer;
        console.WriteLine($"Alignment on {a.Plans} plans ({N(a.Requirements)} requirements): all pairs {F(a.AllPairsSeconds)} s, rare-bigram candidates {F(a.CandidatesSeconds)} s ({F(a.TimeRatio)}x faster); "
            + $"{N(a.AllPairsLinks)} links against {N(a.CandidateLinks)}, recall lost {P(a.RecallLost)} ({P(a.EquivalentRecallLost)} of equivalents); lineage recall {P(a.LineageRecallAllPairs)} all pairs, {P(a.LineageRecallCandidates)} candidates.");
    }

    /// <summary>One line for a size as soon as it is measured, so a long run shows its figures as it goes.</summary>
    public static void WriteSize(TextWriter output, SizeReport s)
    {
        output.WriteLine($"{N(s.Plans)} plans, {N(s.Requirements)} requirements: read {F(s.IngestSeconds)} s, link {F(s.LinkSeconds)} s ({N(s.Links)} links), "
            + $"write index {F(s.LuceneSeconds)} s ({F(s.LuceneWriterAnalysesSeconds)} s with the writer analysing), query p95 {F(s.Queries.All.P95)} ms, serving heap {F(s.ServingHeapMb)} MB, "
            + $"build peak {F(s.BuildPeakMb)} MB, serving resident {F(s.ServingResidentMb)} MB");
        output.Flush();
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double x) => x.ToString(x >= 100 ? "F0" : x >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture);

    private static string P(double x) => x.ToString("P1", CultureInfo.InvariantCulture);

    private static string E(double? x) => x?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";
}
