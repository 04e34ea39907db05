namespace SearchPlans.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public void Run_NoCommand_ExitsWithUsageError()
    {
        var run = CliHarness.Run([]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsWithUsageError()
    {
        Assert.Equal(2, CliHarness.Run(["docs", "--colour"]).ExitCode);
    }

    [Fact]
    public void Run_Help_ListsTheCommandsOnStandardOutput()
    {
        var run = CliHarness.Run(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(["index", "search", "docs", "requirements"], c => Assert.Contains(c, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SearchHelp_DescribesTheSharedOptions()
    {
        var run = CliHarness.Run(["search", "--help"]);

        Assert.Contains("--index", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format", run.Out, StringComparison.Ordinal);
    }
}
