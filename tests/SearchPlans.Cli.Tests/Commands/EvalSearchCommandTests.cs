using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>`searchplans eval-search`: relevance against graded judgements, beside SQLite FTS5, and judging sheets.</summary>
public sealed class EvalSearchCommandTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    private static string Relevance(string file) =>
        Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Search", "Relevance", file);

    [Fact]
    public void EvalSearch_TheJudgedSet_PrintsOursBesideFts5PerSplit()
    {
        var run = CliHarness.Run(["eval-search", "--qrels", Relevance("qrels.txt"), "--queries", Relevance("queries.tsv"), "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NDCG@10", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"searchplans\s+tune\s+\d+", run.Out);
        Assert.Matches(@"searchplans\s+heldout\s+\d+", run.Out);
        Assert.Matches(@"fts5-trigram\s+all\s+\d+", run.Out);
    }

    [Fact]
    public void EvalSearch_Json_HasEachSystemsMeansAndQueries()
    {
        using var folder = new TempFolder();
        var qrels = folder.Combine("sheet.tsv");
        File.WriteAllText(qrels, "query\trequirement\tgrade\n年报\theyuan-2022-9\t2\n年报\theyuan-2022-8\t0\n年报\tzhanjiang-2021-42\t2\n");

        var run = CliHarness.Run(["eval-search", "--qrels", qrels, "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var systems = json.RootElement.GetProperty("systems");
        Assert.Equal(["searchplans", "fts5-trigram"], systems.EnumerateArray().Select(s => s.GetProperty("system").GetString()));
        var ours = systems[0].GetProperty("means").EnumerateArray().Single(m => m.GetProperty("split").GetString() == "all");
        Assert.Equal(1.0, ours.GetProperty("recall20").GetDouble());
    }

    [Fact]
    public void EvalSearch_Pool_WritesABlindJudgingSheetThatReadsBack()
    {
        using var folder = new TempFolder();
        var queries = folder.Combine("queries.tsv");
        File.WriteAllText(queries, "q1\ttune\t年报\n");
        var sheet = folder.Combine("pool.csv");

        var run = CliHarness.Run(["eval-search", "--queries", queries, "--pool", sheet, "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(sheet);
        Assert.Equal("query_id,split,query,requirement,text,criteria,grade", lines[0]);
        var ids = lines.Skip(1).Select(l => l.Split(',')[3]).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains("heyuan-2022-9", ids);
        Assert.DoesNotContain("score", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EvalSearch_WithoutJudgements_SaysWhatToGive()
    {
        var run = CliHarness.Run(["eval-search", "--index", index.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--qrels", run.Error, StringComparison.Ordinal);
    }
}
