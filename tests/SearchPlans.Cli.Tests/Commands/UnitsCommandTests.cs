using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class UnitsCommandTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    [Fact]
    public void Units_Json_NamesTheDataBureauOnceWithItsThreeSpellings()
    {
        var run = CliHarness.Run(["units", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var units = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["name", "scope", "group", "requirements", "responsible", "plans", "spellings"], units[0].EnumerateObject().Select(p => p.Name));
        var bureau = units.Single(u => u.GetProperty("name").GetString() == "市政务服务数据管理局");
        Assert.Equal(["市政务服务数据管理局", "政务服务数据管理局", "市政数局"],
            bureau.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.DoesNotContain(units, u => u.GetProperty("name").GetString() == "市政数局");
        Assert.Equal((18, 17), (bureau.GetProperty("requirements").GetInt32(), bureau.GetProperty("responsible").GetInt32()));
    }

    [Fact]
    public void Units_Text_ListsSpellingsWithCounts()
    {
        var run = CliHarness.Run(["units", "--index", index.Path]);

        Assert.Contains("市政府办公室 (13); 市府办公室 (9)", run.Out, StringComparison.Ordinal);
        Assert.Contains("83 units (67 bodies, 16 groups) from 93 spellings", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_Csv_HasOneRowPerUnitAfterTheHeader()
    {
        var lines = CliHarness.Run(["units", "--index", index.Path, "--format", "csv"]).Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("name,scope,group,requirements,responsible,plans,spellings", lines[0]);
        Assert.Equal(84, lines.Length);
    }
}
