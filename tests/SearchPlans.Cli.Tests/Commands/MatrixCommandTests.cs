using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class MatrixCommandTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    [Fact]
    public void Matrix_Json_GivesEachClusterACellPerPlan()
    {
        var run = CliHarness.Run(["matrix", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("members").EnumerateArray().Any(m => m.GetString() == "heyuan-2022-47"));
        var cells = row.GetProperty("cells");
        Assert.Equal(5, cells.EnumerateObject().Count());
        Assert.Equal("gap", cells.GetProperty("jiangmen-zftzgcjsglzx-2022").GetProperty("state").GetString());
        Assert.Equal("carried", cells.GetProperty("zhanjiang-2021").GetProperty("state").GetString());
    }

    [Fact]
    public void Matrix_Text_NamesTheColumnsAndTheMarks()
    {
        var run = CliHarness.Run(["matrix", "--index", index.Path]);

        Assert.Contains("A = heyuan-2022", run.Out, StringComparison.Ordinal);
        Assert.Contains("■ carried", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_MinPlansOne_AddsTheRequirementsNoOtherPlanHas()
    {
        int Rows(string minPlans) => CliHarness.Run(["matrix", "--index", index.Path, "--format", "csv", "--min-plans", minPlans])
            .Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        Assert.True(Rows("1") > Rows("2"));
    }

    [Fact]
    public void Matrix_GroupList_NamesTheWholeIndexThenEachProvinceYear()
    {
        var run = CliHarness.Run(["matrix", "--index", index.Path, "--group", "list"]);

        Assert.Equal(0, run.ExitCode);
        var keys = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal("all", keys[0]);
        Assert.Equal("广东省-2022", keys[1]);
        Assert.Contains("广东省-2022\t2 plans\t", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_Group_ShowsOnlyThatGroupsPlansAsColumns()
    {
        var run = CliHarness.Run(["matrix", "--index", index.Path, "--group", "广东省-2022", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var columns = json.RootElement.EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateObject().Select(c => c.Name)).ToHashSet();
        Assert.Equal(["heyuan-2022", "jiangmen-zftzgcjsglzx-2022"], columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Matrix_UnknownGroup_FailsNamingItAndHowToListThem()
    {
        var run = CliHarness.Run(["matrix", "--index", index.Path, "--group", "火星-2022"]);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no group \"火星-2022\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("--group list", run.Error, StringComparison.Ordinal);
    }
}
