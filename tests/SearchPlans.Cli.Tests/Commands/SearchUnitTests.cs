using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>`search --unit` on the seed plans: any spelling of a unit finds its body, as the web app's unit facet does.</summary>
public sealed class SearchUnitTests(SeedIndexFolder index) : IClassFixture<SeedIndexFolder>
{
    [Theory]
    [InlineData("市府办公室", "市政府办公室")]
    [InlineData("市政数局", "市政务服务数据管理局")]
    public void Search_UnitBySpelling_FindsEveryRequirementOfItsUnitAsUnitsCountsThem(string spelling, string name)
    {
        var units = Json(["units"]).RootElement.EnumerateArray();
        var unit = units.Single(u => u.GetProperty("name").GetString() == name);
        Assert.Contains(spelling, unit.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        using var bySpelling = Json(["search", "", "--unit", spelling, "--limit", "0"]);
        using var byName = Json(["search", "", "--unit", name, "--limit", "0"]);

        var requirements = unit.GetProperty("requirements").GetInt32();
        Assert.Equal(requirements, bySpelling.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(requirements, byName.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(requirements, bySpelling.RootElement.GetProperty("facets").GetProperty("unit").GetProperty(name).GetInt32());
    }

    private JsonDocument Json(string[] args)
    {
        var run = CliHarness.Run([.. args, "--index", index.Path, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out);
    }
}
