using System.Text.RegularExpressions;
using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Tests.Cli.Localization;

/// <summary>
/// Every command's text output in Chinese (the default) and in English (--lang en), on the seed plans: outside plan
/// text, ids and paths, neither may hold a word of the other language.
/// </summary>
public sealed partial class TextLanguageTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    /// <summary>
    /// Latin words a Chinese reader meets as they are: metric and system names and the judging labels, the plans A
    /// and B, the key of the group of every plan, typed as --group all, and the query syntax's operators.
    /// </summary>
    private static readonly HashSet<string> LatinTerms = ["searchplans", "nDCG", "NDCG", "log", "F", "P", "E", "R", "N", "A", "B", "all", "AND", "OR", "NOT"];

    private static string Relevance(string file) =>
        Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Search", "Relevance", file);

    private static string Gold(string file) =>
        Path.Combine(SeedIndexFolder.RepositoryRoot, "tests", "SearchPlans.Core.Tests", "Align", "gold", file);

    public static TheoryData<string[]> ReadingCommands { get; } = new()
    {
        new[] { "docs" },
        new[] { "requirements", "--doc", "heyuan-2022" },
        new[] { "links", "--doc", "qingyuan-2022" },
        new[] { "similar", "heyuan-2022-47" },
        new[] { "compare", "jiangmen-zftzgcjsglzx-2022", "heyuan-2022" },
        new[] { "units" },
        new[] { "refs" },
        new[] { "lineage", "heyuan-2022", "--against", "zhanjiang-2021" },
        new[] { "matrix", "--group", "广东省-2022" },
        new[] { "matrix", "--group", "list" },
        new[] { "search", "政策解读", "--limit", "30" },
        new[] { "search", "政策解毒" },
        new[] { "search", "江门 解读" },
        new[] { "search", "\"政策解读" },
        new[] { "search", "政策 OR" },
        new[] { "eval", "--gold", Gold("seed-gold.tsv"), "--judged", Gold("judged-links.tsv") },
        new[] { "eval", "--gold", Gold("seed-gold.tsv"), "--judged", Gold("judged-links.tsv"), "--errors" },
        new[] { "eval-search", "--qrels", Relevance("qrels.txt"), "--queries", Relevance("queries.tsv"), "--peer", "none" },
    };

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void ReadingCommand_ByDefault_PrintsNoEnglishOutsidePlanText(string[] command)
    {
        var run = CliHarness.Run([.. command, "--index", index.Path], environmentLanguage: "zh");

        Assert.Equal(0, run.ExitCode);
        AssertChinese(run.Out);
        AssertChinese(run.Error);
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void ReadingCommand_InEnglish_PrintsNoChineseOutsidePlanText(string[] command)
    {
        var run = CliHarness.Run([.. command, "--index", index.Path, "--lang", "en"], environmentLanguage: "zh");

        Assert.Equal(0, run.ExitCode);
        AssertEnglish(run.Out);
        AssertEnglish(run.Error);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void ReviewCommands_InEitherLanguage_SpeakOnlyIt(string language)
    {
        var link = IndexPipeline.Open(index.Path).Links[0];
        string[][] commands =
        [
            ["review", "confirm", link.Source, link.Target, "--reviewer", Reviewer],
            ["review", "list"],
            ["review", "undo", link.Source, link.Target],
        ];
        foreach (var command in commands)
        {
            var run = CliHarness.Run([.. command, "--index", index.Path, "--lang", language]);

            Assert.Equal(0, run.ExitCode);
            AssertIn(language, run.Out.Replace(Reviewer, "", StringComparison.Ordinal));
        }
    }

    private const string Reviewer = "tester";

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void IndexAndRemove_InEitherLanguage_SpeakOnlyIt(string language)
    {
        using var folder = new TempFolder();
        var built = folder.Combine("index");

        var indexed = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", built, "--lang", language], CliHarness.SampleResults);
        var removed = CliHarness.Run(["remove", SampleCorpus.Heyuan, "--index", built, "--lang", language]);

        Assert.Equal((0, 0), (indexed.ExitCode, removed.ExitCode));
        AssertIn(language, indexed.Out.Replace(built, "", StringComparison.Ordinal));
        AssertIn(language, removed.Out.Replace(built, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_WithEnglishInTheEnvironment_SpeaksEnglishUnlessTheCommandLineSaysOtherwise()
    {
        var english = CliHarness.Run(["docs", "--index", index.Path], environmentLanguage: "en");
        var chinese = CliHarness.Run(["docs", "--index", index.Path, "--lang", "zh"], environmentLanguage: "en");

        Assert.StartsWith("ID ", english.Out, StringComparison.Ordinal);
        Assert.StartsWith("编号 ", chinese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_Json_IsTheSameInBothLanguages()
    {
        var chinese = CliHarness.Run(["docs", "--index", index.Path, "--format", "json", "--lang", "zh"]);
        var english = CliHarness.Run(["docs", "--index", index.Path, "--format", "json", "--lang", "en"]);

        Assert.Equal(english.Out, chinese.Out);
    }

    private void AssertIn(string language, string output)
    {
        if (language == "zh")
            AssertChinese(output);
        else
            AssertEnglish(output);
    }

    private void AssertChinese(string output)
    {
        var stripped = PlanWords.Value.Ids.Aggregate(output, (text, id) => text.Replace(id, " ", StringComparison.Ordinal));
        stripped = NotWords().Replace(stripped, " ");
        var english = LatinWord().Matches(stripped).Select(m => m.Value)
            .Where(w => !LatinTerms.Contains(w) && !PlanWords.Value.Text.Contains(w, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(english.Count == 0, $"English outside plan text: {string.Join(", ", english)}\n{output}");
    }

    private void AssertEnglish(string output)
    {
        var chinese = HanRun().Matches(output).Select(m => m.Value)
            .Where(run => !PlanWords.Value.Text.Contains(run, StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(chinese.Count == 0, $"Chinese outside plan text: {string.Join(", ", chinese)}\n{output}");
    }

    private readonly Lazy<(string Text, IReadOnlyList<string> Ids)> PlanWords = new(() =>
    {
        var corpus = IndexPipeline.Open(index.Path);
        var plans = corpus.Plans.Concat(SampleCorpus.Create().Plans).ToList();
        // The files a command reads are the user's words too: the gold file's split names, the judged queries.
        var inputs = new[] { Gold("seed-gold.tsv"), Gold("judged-links.tsv"), Relevance("queries.tsv") }.Select(File.ReadAllText);
        var text = string.Join("\n", plans.SelectMany(PlanStrings).Concat(corpus.Links.SelectMany(l => l.Evidence)).Concat(inputs));
        // Longest first, so an id is not left half replaced by its plan's id.
        var ids = plans.SelectMany(p => p.Requirements.Select(r => r.Id).Append(p.Id).Append(p.SourceName)).OrderByDescending(id => id.Length).ToList();
        return (text, ids);
    });

    private static IEnumerable<string> PlanStrings(Plan plan) =>
    [
        plan.Title, plan.Jurisdiction.Name, plan.Jurisdiction.Province ?? "", plan.Issuer ?? "", plan.DocNumber ?? "",
        .. plan.Requirements.SelectMany(r => (IEnumerable<string>)
            [r.Text, r.Number ?? "", r.Deadline ?? "", .. r.SectionPath, .. r.Units.Select(u => u.Name), .. r.LeadUnits, .. r.Criteria]),
    ];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex HanRun();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    /// <summary>What is not prose: a command in backticks, an option, a path, a file name.</summary>
    [GeneratedRegex(@"`[^`]*`|--[a-z-]+|\S*[/\\]\S*|[\w-]+\.(?:tsv|csv|txt|json)\b")]
    private static partial Regex NotWords();
}
