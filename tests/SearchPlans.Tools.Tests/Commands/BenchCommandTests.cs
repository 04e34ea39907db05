using System.Text.Json;
using SearchPlans.Ingest;
using SearchPlans.Tests.Cli;

namespace SearchPlans.Tests.Tools.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static CliRun Run(params string[] args) =>
        CliHarness.Run([.. args, "--seeds", SeedIndexFolder.SeedsPath], new PlanIngester().IngestDirectory, root: SearchPlans.Tools.ToolsRoot.Create);

    [Fact]
    public void Bench_TinyCorpus_PrintsTheTablesAndWritesTheJsonReport()
    {
        var json = folder.Combine("bench.json");

        var run = Run("bench", "--plans", "2", "--repeats", "1", "--pair-plans", "3", "--out", json);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pipeline on generated corpora", run.Out, StringComparison.Ordinal);
        Assert.Contains("Growth exponents", run.Out, StringComparison.Ordinal);
        Assert.Contains("build peak memory MB", run.Out, StringComparison.Ordinal);
        Assert.Contains("serving resident MB", run.Out, StringComparison.Ordinal);
        Assert.Contains("Memory growth exponents over ", run.Out, StringComparison.Ordinal);
        var sizeLines = run.Out.Split('\n').Where(l => l.Contains(" plans, ", StringComparison.Ordinal) && l.Contains("link ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2 plans", "4 plans", "8 plans"], sizeLines.Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]));
        Assert.True(run.Out.IndexOf(sizeLines[^1], StringComparison.Ordinal) < run.Out.IndexOf("Pipeline on generated corpora", StringComparison.Ordinal),
            "each size is printed when it is measured, before the table");
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        Assert.Equal(["machine", "seed", "links", "sizes", "growth", "alignmentPeer"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("all", root.GetProperty("links").GetString());
        var sizes = root.GetProperty("sizes").EnumerateArray().ToList();
        Assert.Equal([2, 4, 8], sizes.Select(s => s.GetProperty("plans").GetInt32()));
        foreach (var size in sizes)
        {
            Assert.True(size.GetProperty("requirements").GetInt32() > 0);
            foreach (var field in new[] { "indexMbPerSecond", "requirementsPerSecond", "linkSeconds", "buildPeakMb", "servingResidentMb", "servingStartSeconds", "lineageRecall" })
                Assert.True(size.GetProperty(field).GetDouble() > 0, field);
            Assert.Equal(["all", "byKind"], size.GetProperty("queries").EnumerateObject().Select(p => p.Name));
            Assert.Equal(["terms", "phrase", "boolean", "filtered", "facets", "typed"], size.GetProperty("queries").GetProperty("byKind").EnumerateObject().Select(p => p.Name));
            Assert.Equal(["buildSeconds", "sizeMb", "latency", "top10Overlap"], size.GetProperty("sqlite").EnumerateObject().Select(p => p.Name));
            Assert.InRange(size.GetProperty("sqlite").GetProperty("top10Overlap").GetDouble(), 0, 1);
        }
        Assert.Equal(["ingest", "lucene", "link", "queryP50", "servingHeap", "buildPeak", "servingResident"], root.GetProperty("growth").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("growth").GetProperty("buildPeak").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("growth").GetProperty("servingResident").ValueKind);
        var peer = root.GetProperty("alignmentPeer");
        Assert.Equal(3, peer.GetProperty("plans").GetInt32());
        Assert.InRange(peer.GetProperty("recallLost").GetDouble(), 0, 1);
        Assert.InRange(peer.GetProperty("lineageRecallCandidates").GetDouble(), 0, 1);
    }

    [Fact]
    public void Bench_OneSize_RunsThatSizeAndFitsNoGrowth()
    {
        var json = folder.Combine("bench.json");

        var run = Run("bench", "--plans", "3", "--sizes", "1", "--repeats", "1", "--pair-plans", "2", "--out", json);

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal([3], report.RootElement.GetProperty("sizes").EnumerateArray().Select(s => s.GetProperty("plans").GetInt32()));
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("growth").GetProperty("link").ValueKind);
    }

    [Fact]
    public void Bench_InChinese_NamesEveryStepInChinese()
    {
        var run = Run("bench", "--plans", "2", "--sizes", "1", "--repeats", "1", "--pair-plans", "2", "--lang", "zh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("在单独的进程中读取、关联并索引 2 份计划", run.Error, StringComparison.Ordinal);
        Assert.Contains("为查询组合计时", run.Error, StringComparison.Ordinal);
        // Every step line (ending in "…") is worded in Chinese: none holds a run of Latin letters but the names SQLite and FTS5.
        var steps = run.Error.Split('\n').Where(l => l.EndsWith('…')).ToList();
        Assert.NotEmpty(steps);
        Assert.DoesNotContain(steps, l => System.Text.RegularExpressions.Regex.IsMatch(l.Replace("SQLite", "", StringComparison.Ordinal).Replace("FTS5", "", StringComparison.Ordinal), "[A-Za-z]{3,}"));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    public void Bench_SizesOutsideOneToFour_ExitsWithUsageError(string sizes)
    {
        var run = Run("bench", "--plans", "2", "--sizes", sizes);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sizes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_PlansBelowOne_ExitsWithUsageError()
    {
        Assert.Equal(2, Run("bench", "--plans", "0").ExitCode);
    }
}
