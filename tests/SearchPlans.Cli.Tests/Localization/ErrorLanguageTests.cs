using System.Globalization;
using System.Resources;
using SearchPlans.Ingest;
using SearchPlans.Localization;
using SearchPlans.Search;

namespace SearchPlans.Tests.Cli.Localization;

/// <summary>
/// What the command line says on standard error (complaints, progress, why a file was not read) in Chinese by
/// default and in English on request, and the engine's messages worded from the one resource in the engine.
/// </summary>
public sealed class ErrorLanguageTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    [Fact]
    public void MissingSeedsFolder_ByDefault_IsSaidInChinese()
    {
        var run = CliHarness.Run(["index", "--seeds", "no-such-folder", "--index", "no-such-index"], environmentLanguage: "zh");

        Assert.Equal("searchplans: 没有可读取计划的文件夹“no-such-folder”。\n", Unix(run.Error));
    }

    [Fact]
    public void MissingSeedsFolder_InEnglish_IsSaidInEnglish()
    {
        var run = CliHarness.Run(["index", "--seeds", "no-such-folder", "--index", "no-such-index", "--lang", "en"], environmentLanguage: "zh");

        Assert.Equal("searchplans: no folder \"no-such-folder\" to read plans from.\n", Unix(run.Error));
    }

    [Theory]
    [InlineData("zh", "searchplans: --limit 不能为负数。\n运行 `searchplans --help` 查看用法。\n")]
    [InlineData("en", "searchplans: --limit cannot be negative.\nRun `searchplans --help` for usage.\n")]
    public void BadOptionValue_IsSaidInTheChosenLanguage(string language, string said)
    {
        var run = CliHarness.Run(["search", "政策", "--limit", "-1", "--index", index.Path, "--lang", language]);

        Assert.Equal(said, Unix(run.Error));
    }

    [Fact]
    public void NonNumericLimit_IsAComplaintNotACrash()
    {
        var run = CliHarness.Run(["search", "政策", "--limit", "abc", "--index", index.Path], environmentLanguage: "zh");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("searchplans: --limit 须为整数，而不是“abc”。\n运行 `searchplans --help` 查看用法。\n", Unix(run.Error));
    }

    [Theory]
    [InlineData("--year", "search", "政策", "--year", "2022", "--year", "abc")]
    [InlineData("--min-plans", "matrix", "--min-plans", "abc")]
    [InlineData("--depth", "eval-search", "--depth", "abc")]
    public void NonNumericValue_OfAnyNumberOption_IsSaidInChinese(string option, params string[] command)
    {
        var run = CliHarness.Run([.. command, "--index", index.Path], environmentLanguage: "zh");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"searchplans: {option} 须为整数，而不是“abc”。\n", Unix(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPlan_ByDefault_IsSaidInChinese()
    {
        var run = CliHarness.Run(["compare", "no-such-plan", "heyuan-2022", "--index", index.Path], environmentLanguage: "zh");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("searchplans: 索引中没有计划“no-such-plan”；`searchplans docs` 列出全部计划。\n", Unix(run.Error));
    }

    [Theory]
    [InlineData("zh", "读取“", "用时 ", "searchplans: 000_empty.txt: 该文件为空")]
    [InlineData("en", "Reading plans in ", "done in ", "searchplans: 000_empty.txt: the file is empty")]
    public void Index_ProgressAndRefusals_AreSaidInTheChosenLanguage(string language, string reading, string done, string refusal)
    {
        using var folder = new TempFolder();
        IReadOnlyList<IngestResult> Read(string seeds) =>
        [
            new PlanIngester().IngestDocument("000_empty.txt", []),
            .. CliHarness.SampleResults(seeds),
        ];

        var run = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", folder.Combine("index"), "--lang", language], Read);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reading, run.Error, StringComparison.Ordinal);
        Assert.Contains(done, run.Error, StringComparison.Ordinal);
        Assert.Contains(refusal, run.Error, StringComparison.Ordinal);
        Assert.Contains(refusal["searchplans: 000_empty.txt: ".Length..], run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ByDefault_ShowsItsStepsInChinese()
    {
        using var folder = new TempFolder();

        var run = CliHarness.Run(["generate", "--plans", "2", "--out", folder.Path, "--seeds", SeedIndexFolder.SeedsPath], new PlanIngester().IngestDirectory,
            environmentLanguage: "zh");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["生成 2 份计划…", "用时", $"写入“{folder.Path}”…", "用时"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.StartsWith("用时 ", StringComparison.Ordinal) ? "用时" : l));
    }

    [Fact]
    public void QueryNote_ByDefault_IsTheEngineWording()
    {
        var run = CliHarness.Run(["search", "政策 OR", "--index", index.Path], environmentLanguage: "zh");

        Assert.Contains(EngineWords.Say(new QueryNote(QueryNoteKind.OperatorLeftOutAtEnd, "OR"), Chinese), run.Out, StringComparison.Ordinal);
    }

    /// <summary>The engine's messages have one home: neither the command line's words nor the web app's repeat one.</summary>
    [Fact]
    public void EngineWords_AreNotWordedAgainInTheCommandLineOrTheWebApp()
    {
        var engine = Keys(typeof(EngineWords));
        // The few words both say in their own right (a kind of link) are not the engine's messages.
        string[] shared = ["equivalent", "related"];

        var repeated = Keys(typeof(SearchPlans.Cli.Localization.Text)).Concat(Keys(typeof(SearchPlans.Web.Localization.Text)))
            .Where(k => engine.Contains(k) && !shared.Contains(k)).Distinct().ToList();

        Assert.True(engine.Count > 100, $"only {engine.Count} engine words");
        Assert.True(repeated.Count == 0, "worded again outside the engine:\n" + string.Join("\n", repeated));
    }

    private static HashSet<string> Keys(Type resources) =>
    [
        .. new ResourceManager(resources.FullName!, resources.Assembly).GetResourceSet(Chinese, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key),
    ];

    private static string Unix(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
