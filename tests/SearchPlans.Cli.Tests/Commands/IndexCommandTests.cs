using System.Text.Json;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Localization;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class IndexCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public IndexCommandTests() => Directory.CreateDirectory(Seeds);

    private string Seeds => folder.Combine("seeds");

    private string IndexPath => folder.Combine("index");

    public void Dispose() => folder.Dispose();

    private static IReadOnlyList<IngestResult> OneGoodOneBad(string _)
    {
        var plan = SampleCorpus.Create().FindPlan(SampleCorpus.Heyuan)!;
        return [new IngestResult("000_heyuan.txt", plan, [new EngineMessage("page 2 repeats the table header")], null), IngestResult.Failed("001_bad.txt", "no requirements found")];
    }

    private CliRun Index(Func<string, IReadOnlyList<IngestResult>> ingest, params string[] args) =>
        CliHarness.Run(["index", "--seeds", Seeds, "--index", IndexPath, .. args], ingest);

    [Fact]
    public void Index_OneFileFails_ExitsOneAndIndexesTheOthers()
    {
        var run = Index(OneGoodOneBad);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([SampleCorpus.Heyuan], CorpusStore.Load(IndexPath).Plans.Select(p => p.Id));
        Assert.Contains("searchplans: 001_bad.txt: no requirements found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Text_PrintsARowPerFile()
    {
        var lines = Index(OneGoodOneBad).Out.Split('\n');

        Assert.StartsWith("FILE", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^000_heyuan\.txt\s+heyuan-2022\s+3\s+\d+\s+page 2 repeats the table header$", lines[1]);
        Assert.Matches(@"^001_bad\.txt\s+-\s+-\s+-\s+failed: no requirements found$", lines[2]);
        Assert.Contains("1 of 2 files read; 3 requirements indexed", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Index_AFileNameWithAnEscapeSequenceAndANewline_IsPrintedEscaped()
    {
        var plan = SampleCorpus.Create().FindPlan(SampleCorpus.Heyuan)!;
        IReadOnlyList<IngestResult> Hostile(string _) =>
            [new IngestResult("000_heyuan.txt", plan, [], null), IngestResult.Failed("\u001b[31mred\nline\u202e.txt", "no requirements found")];

        var run = Index(Hostile);

        Assert.DoesNotContain('\u001b', run.Out + run.Error);
        Assert.DoesNotContain('\u202e', run.Out + run.Error);
        Assert.Contains("searchplans: \\u001B[31mred\\u000Aline\\u202E.txt: no requirements found", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"^\\u001B\[31mred\\u000Aline\\u202E\.txt\s+-\s+-\s+-\s+failed: no requirements found$", run.Out.Split('\n')[2]);
    }

    [Fact]
    public void Index_AHiddenFile_IsNamedAsSkipped()
    {
        File.WriteAllText(Path.Combine(Seeds, ".DS_Store"), "x");

        var run = Index(OneGoodOneBad);

        Assert.Contains("searchplans: skipped .DS_Store: its name starts with a dot (a hidden file).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Json_KeepsTheContractFieldNames()
    {
        var run = Index(OneGoodOneBad, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["file", "plan", "requirements", "remainderChars", "warnings", "error"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, rows[0].GetProperty("requirements").GetInt32());
        Assert.Equal("no requirements found", rows[1].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("plan").ValueKind);
    }

    [Fact]
    public void Index_EveryFileRead_ExitsZero()
    {
        var run = Index(CliHarness.SampleResults);

        Assert.Equal(0, run.ExitCode);
        Assert.True(IndexLayout.Exists(IndexPath));
        Assert.Contains("Reading plans in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_EachStep_SaysHowLongItTook() =>
        Assert.Matches(@"Reading plans in [^\n]*…\r?\n  done in \d+\.\d s", Index(CliHarness.SampleResults).Error);

    [Fact]
    public void Index_RunTwice_ReplacesTheIndex()
    {
        Index(CliHarness.SampleResults);

        var run = Index(OneGoodOneBad);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(CorpusStore.Load(IndexPath).Plans);
    }

    [Fact]
    public void Index_NoSeedsFolder_ExitsWithUsageError()
    {
        var run = CliHarness.Run(["index", "--seeds", folder.Combine("missing"), "--index", IndexPath], CliHarness.SampleResults);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(IndexPath));
    }
}
