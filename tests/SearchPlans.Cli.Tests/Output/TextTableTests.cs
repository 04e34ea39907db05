using SearchPlans.Cli.Output;

namespace SearchPlans.Tests.Cli.Output;

public sealed class TextTableTests
{
    [Fact]
    public void Write_ChineseCells_PadByTerminalWidth()
    {
        var table = new TextTable("NAME", "YEAR", "NOTE") { RightAligned = { 1 } };
        table.Add("河源市", "2022", "三同步");
        table.Add("abc", "19", "x");
        using var output = new StringWriter();

        table.Write(output);

        // 河源市 takes six terminal cells, so ASCII rows pad to six.
        Assert.Equal(["NAME    YEAR  NOTE", "河源市  2022  三同步", "abc       19  x", ""], output.ToString().Split(Environment.NewLine));
    }
}
