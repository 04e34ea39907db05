using SearchPlans.Cli;
using SearchPlans.Index;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>An index written by an earlier version of SearchPlans is refused with what to do, not searched.</summary>
public sealed class OldIndexTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string WrittenByTheFirstAnalysis()
    {
        var index = folder.Combine("index");
        IndexBuilder.Build(SampleCorpus.Create(), index);
        EarlierIndexes.MarkAsWrittenByTheFirstAnalysis(index);
        return index;
    }

    [Theory]
    [InlineData("search", "三同步")]
    [InlineData("remove", "heyuan-2022")]
    [InlineData("serve", "--urls=http://127.0.0.1:0")]
    public void Command_OnAnIndexOfAnEarlierVersion_SaysToRebuildItAndExitsNoIndex(string command, string argument)
    {
        var index = WrittenByTheFirstAnalysis();

        var run = CliHarness.Run([command, argument, "--index", index]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains(index, run.Error, StringComparison.Ordinal);
        Assert.Contains("searchplans index", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_OnAnIndexOfAnEarlierVersion_SaysSoInChineseByDefault()
    {
        var index = WrittenByTheFirstAnalysis();

        var run = CliHarness.Run(["search", "三同步", "--index", index], environmentLanguage: "zh");

        Assert.Equal($"searchplans: “{index}”中的索引由另一版本的 SearchPlans 写成（分析版本 1；本版本读取 {AnalysisVersion.Current}）；请用 `searchplans index` 重新建立。",
            run.Error.TrimEnd());
    }
}
