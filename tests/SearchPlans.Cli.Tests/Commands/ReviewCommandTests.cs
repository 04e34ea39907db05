using System.Text.Json;
using SearchPlans.Cli;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>Each test gets its own seed index, so judgements recorded by one never show in another.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly SeedIndexFolder index = new();

    public void Dispose() => index.Dispose();

    private CliRun Review(params string[] args) => CliHarness.Run(["review", .. args, "--index", index.Path]);

    [Fact]
    public void Confirm_ThenList_ShowsTheJudgementBesideTheIndexsLink()
    {
        var confirm = Review("confirm", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3", "--note", "结合权责清单", "--reviewer", "王");
        var list = Review("list", "--format", "json");

        Assert.Equal(0, confirm.ExitCode);
        using var json = JsonDocument.Parse(list.Out);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3", "confirmed", "equivalent", "结合权责清单", "王", "equivalent"],
            new[] { "source", "target", "verdict", "kind", "note", "reviewer", "indexNow" }.Select(p => row.GetProperty(p).GetString()));
    }

    [Fact]
    public void Undo_TheLatestJudgement_PutsTheEarlierOneBackInForce()
    {
        Review("confirm", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3");
        Review("reject", "heyuan-2022-3", "jiangmen-zftzgcjsglzx-2022-1");

        var undo = Review("undo", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3");
        var list = Review("list", "--format", "json");

        Assert.Equal(0, undo.ExitCode);
        Assert.Contains("confirmed as equivalent", undo.Out);
        using var json = JsonDocument.Parse(list.Out);
        Assert.Equal("confirmed", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("verdict").GetString());
    }

    [Fact]
    public void Undo_AnUnjudgedPair_IsNotFound()
    {
        var undo = Review("undo", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3");

        Assert.Equal(ExitCodes.NotFound, undo.ExitCode);
        Assert.Contains("no judgement of", undo.Error);
    }

    [Fact]
    public void Export_ReadByEval_ScoresTheJudgedPairs()
    {
        Review("confirm", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3");
        Review("add", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-9", "--kind", "related");
        var gold = Path.Combine(Path.GetDirectoryName(index.Path)!, "review-gold.tsv");

        var export = Review("export", "--out", gold);
        var eval = CliHarness.Run(["eval", "--gold", gold, "--index", index.Path, "--format", "json"]);

        Assert.Equal((0, 0), (export.ExitCode, eval.ExitCode));
        using var json = JsonDocument.Parse(eval.Out);
        var rows = json.RootElement.EnumerateArray().Where(r => r.GetProperty("split").GetString() == "review")
            .ToDictionary(r => r.GetProperty("kind").GetString()!, r => (r.GetProperty("truePositives").GetInt32(), r.GetProperty("falseNegatives").GetInt32()));
        Assert.Equal((1, 0), rows["equivalent"]);
        Assert.Equal((0, 1), rows["related"]);
    }

    [Fact]
    public void Add_PairAlreadyLinked_IsRefusedWithAReasonAndNothingIsStored()
    {
        var run = Review("add", "jiangmen-zftzgcjsglzx-2022-1", "heyuan-2022-3", "--kind", "related");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("already linked as equivalent", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 judgements", Review("list").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NothingJudged_WritesOnlyTheHeader()
    {
        var run = Review("export");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("source\ttarget\tkind\tsplit\tnote\n", run.Out, StringComparison.Ordinal);
    }
}
