using System.Text.Json;
using SearchPlans.Cli;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class AlignCommandsTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    [Fact]
    public void Links_Json_KeepsTheContractFieldNames()
    {
        var run = CliHarness.Run(["links", "--index", index.Path, "--doc", "jiangmen-zftzgcjsglzx-2022", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal(["source", "target", "score", "kind"], first.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.All(json.RootElement.EnumerateArray(), l => Assert.StartsWith("jiangmen-zftzgcjsglzx-2022-", l.GetProperty("source").GetString()));
    }

    [Fact]
    public void Links_UnknownPlan_ExitsNotFound()
    {
        var run = CliHarness.Run(["links", "--index", index.Path, "--doc", "nowhere-2022"]);
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("nowhere-2022", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_ListsTheIdenticalRequirementFirst()
    {
        var run = CliHarness.Run(["similar", "heyuan-2022-47", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var best = json.RootElement.EnumerateArray().First();
        Assert.Equal("zhanjiang-2021-45", best.GetProperty("id").GetString());
        Assert.Equal("identical", best.GetProperty("relation").GetString());
    }

    // 河源 26 (the “三同步” reading mechanism) is linked to 湛江 17 (policy enquiries) by wording alone (精准传递政策意图).
    [Fact]
    public void Similar_LeavesOutDoubtfulCounterpartsUnlessAskedForWeaker_ThenListsThemAfterTheOthers()
    {
        var plain = CliHarness.Run(["similar", "heyuan-2022-26", "--index", index.Path, "--format", "json"]);
        var weaker = CliHarness.Run(["similar", "heyuan-2022-26", "--index", index.Path, "--format", "json", "--weaker"]);
        var text = CliHarness.Run(["similar", "heyuan-2022-26", "--index", index.Path]);

        using var plainJson = JsonDocument.Parse(plain.Out);
        using var weakerJson = JsonDocument.Parse(weaker.Out);
        var confidences = weakerJson.RootElement.EnumerateArray().Select(c => c.GetProperty("confidence").GetString()).ToList();
        Assert.All(plainJson.RootElement.EnumerateArray(), c => Assert.Equal("confident", c.GetProperty("confidence").GetString()));
        Assert.Contains("zhanjiang-2021-17", weakerJson.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(confidences.OrderBy(c => c == "doubtful"), confidences);
        Assert.Equal(plainJson.RootElement.GetArrayLength(), confidences.Count(c => c == "confident"));
        Assert.Contains("--weaker lists them", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("zhanjiang-2021-17", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_UnknownRequirement_ExitsNotFound()
    {
        Assert.Equal(ExitCodes.NotFound, CliHarness.Run(["similar", "heyuan-2022-999", "--index", index.Path]).ExitCode);
    }

    [Fact]
    public void Eval_PrintsPrecisionRecallAndF1PerSplitAndKind()
    {
        var gold = Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Align", "gold", "seed-gold.tsv");
        var run = CliHarness.Run(["eval", "--gold", gold, "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);
        var allEquivalent = rows.Single(r => r.GetProperty("split").GetString() == "all" && r.GetProperty("kind").GetString() == "equivalent");
        Assert.True(allEquivalent.GetProperty("precision").GetDouble() >= 0.9);
    }

    [Fact]
    public void Eval_Text_CountsRelatedLinksTheExhaustiveGoldDoesNotList()
    {
        var gold = Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Align", "gold", "seed-gold.tsv");
        var run = CliHarness.Run(["eval", "--gold", gold, "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"not counted above\):\n  jiangmen-zftzgcjsglzx-2022 ~ heyuan-2022: \d+ \(\d+ confident\)\n", run.Out.ReplaceLineEndings("\n"));
    }

    private static string JudgedLinks => Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Align", "gold", "judged-links.tsv");

    [Fact]
    public void Eval_Judged_PrintsBlindPrecisionPerSplitAndTier()
    {
        var gold = Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Align", "gold", "seed-gold.tsv");
        var run = CliHarness.Run(["eval", "--gold", gold, "--judged", JudgedLinks, "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(6, json.RootElement.GetProperty("gold").GetArrayLength());
        var judged = json.RootElement.GetProperty("judged").EnumerateArray().ToList();
        Assert.Equal(12, judged.Count);
        var tuneRelated = judged.Single(r => r.GetProperty("split").GetString() == "tune" && r.GetProperty("links").GetString() == "related");
        Assert.True(tuneRelated.GetProperty("useful").GetDouble() >= 0.85);
        Assert.All(judged, r => Assert.Equal(0, r.GetProperty("unjudged").GetInt32()));
    }

    [Fact]
    public void Eval_BlindSheet_ListsTheLinksOfANewlyDeclaredPairWithoutScoreOrKind()
    {
        using var folder = new TempFolder();
        var judgements = folder.Combine("judged.tsv");
        File.WriteAllText(judgements, "# judged\tqingyuan-2022\tjiangmen-zftzgcjsglzx-2022\tnew\n");

        var run = CliHarness.Run(["eval", "--judged", judgements, "--blind-sheet", "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("# planA\trequirementA\tplanB\trequirementB\tlabel", rows[0], StringComparison.Ordinal);
        Assert.True(rows.Length > 10);
        Assert.All(rows.Skip(1), row =>
        {
            var cells = row.Split('\t');
            Assert.Equal(8, cells.Length);
            Assert.Equal(("qingyuan-2022", "jiangmen-zftzgcjsglzx-2022", "", ""), (cells[0], cells[2], cells[4], cells[5]));
        });
        Assert.Contains($"{rows.Length - 1} links to judge", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_NeitherGoldNorJudgements_IsAUsageError()
    {
        var run = CliHarness.Run(["eval", "--index", index.Path]);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--judged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_UnlabelledJudgement_NamesTheFileAndLine()
    {
        using var folder = new TempFolder();
        var judgements = folder.Combine("judged.tsv");
        File.WriteAllText(judgements, "# judged\tqingyuan-2022\tzhanjiang-2021\tnew\nqingyuan-2022\tqingyuan-2022-1.1.1\tzhanjiang-2021\tzhanjiang-2021-13\t\n");

        var run = CliHarness.Run(["eval", "--judged", judgements, "--index", index.Path]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("judged.tsv, line 2: qingyuan-2022-1.1.1 ~ zhanjiang-2021-13 has no label yet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_MissingGoldFile_SaysWhich()
    {
        var run = CliHarness.Run(["eval", "--gold", "no-such-gold.tsv", "--index", index.Path]);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("no-such-gold.tsv", run.Error, StringComparison.Ordinal);
    }
}

public sealed class CompareCommandTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    [Fact]
    public void Compare_JiangmenWithHeyuan_NamesTheFourItemsHeyuanLacks()
    {
        var run = CliHarness.Run(["compare", "jiangmen-zftzgcjsglzx-2022", "heyuan-2022", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var lacking = json.RootElement.GetProperty("withoutEquivalentInB").EnumerateArray().Select(r => r.GetProperty("id").GetString());
        Assert.Equal(["jiangmen-zftzgcjsglzx-2022-18", "jiangmen-zftzgcjsglzx-2022-21", "jiangmen-zftzgcjsglzx-2022-25", "jiangmen-zftzgcjsglzx-2022-30"], lacking);
        Assert.Equal(30, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(26, json.RootElement.GetProperty("summary").GetProperty("equivalent").GetInt32());
    }

    [Theory]
    [InlineData("jiangmen-zftzgcjsglzx-2022", "heyuan-2022", 4, 28)]
    [InlineData("heyuan-2022", "jiangmen-zftzgcjsglzx-2022", 28, 4)]
    public void Compare_Json_CountsOnlyInAAndBAsItsListsDoEitherWayRound(string a, string b, int onlyInA, int onlyInB)
    {
        var run = CliHarness.Run(["compare", a, b, "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var summary = root.GetProperty("summary");
        Assert.Equal((onlyInA, onlyInB), (summary.GetProperty("onlyInA").GetInt32(), summary.GetProperty("onlyInB").GetInt32()));
        Assert.Equal((onlyInA, onlyInB), (root.GetProperty("onlyInA").GetArrayLength(), root.GetProperty("onlyInB").GetArrayLength()));
    }

    [Fact]
    public void Compare_Json_QingyuanWithZhanjiang_CoverageIsTheShareWithAnEquivalent()
    {
        var run = CliHarness.Run(["compare", "qingyuan-2022", "zhanjiang-2021", "--index", index.Path, "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((31, 3, 28), (summary.GetProperty("aCount").GetInt32(), summary.GetProperty("equivalent").GetInt32(), summary.GetProperty("onlyInA").GetInt32()));
        Assert.Equal(3.0 / 31, summary.GetProperty("shareOfACoveredByB").GetDouble(), 9);
    }

    [Fact]
    public void Compare_Text_SummaryAndHeadingsGiveTheSameOnlyInCounts()
    {
        var run = CliHarness.Run(["compare", "heyuan-2022", "jiangmen-zftzgcjsglzx-2022", "--index", index.Path, "--lang", "zh"]);

        Assert.Contains("仅见于A 28 · 其中B有相关 6 · 仅见于B 4 · A在B有等同 48% · B在A有等同 87%", run.Out, StringComparison.Ordinal);
        Assert.Contains("仅见于A：B无等同条目 (28)", run.Out, StringComparison.Ordinal);
        Assert.Contains("仅见于B：A无等同条目 (4)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Text_ShowsEachItemBesideItsCounterpartWithMarkedChanges()
    {
        var run = CliHarness.Run(["compare", "jiangmen-zftzgcjsglzx-2022", "heyuan-2022", "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("A 4  ⇄ B 13", run.Out, StringComparison.Ordinal);
        Assert.Contains("[-协同-]{+协调+}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Html_IsAPageWithDiffMarkup()
    {
        var run = CliHarness.Run(["compare", "jiangmen-zftzgcjsglzx-2022", "heyuan-2022", "--index", index.Path, "--format", "html"]);
        Assert.StartsWith("<!DOCTYPE html>", run.Out.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<ins>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnknownPlan_ExitsNotFound()
    {
        Assert.Equal(ExitCodes.NotFound, CliHarness.Run(["compare", "heyuan-2022", "nowhere-2020", "--index", index.Path]).ExitCode);
    }
}
