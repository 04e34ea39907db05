using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class RequirementsCommandTests(SampleIndexFolder index) : IClassFixture<SampleIndexFolder>
{
    [Fact]
    public void Requirements_Json_KeepsTheContractFieldNames()
    {
        var run = CliHarness.Run(["requirements", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var all = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(SampleCorpus.RequirementCount, all.Count);
        Assert.Equal(["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria"], all[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Requirements_Doc_ListsOnlyThatPlanWithArrays()
    {
        var run = CliHarness.Run(["requirements", "--doc", SampleCorpus.Zhanjiang, "--index", index.Path, "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        var all = json.RootElement.EnumerateArray().ToList();
        Assert.All(all, r => Assert.Equal(SampleCorpus.Zhanjiang, r.GetProperty("doc").GetString()));
        var first = all[0];
        Assert.Equal(["做好各类规划主动公开"], first.GetProperty("section").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["各县（市、区）政府（管委会）", "市政府办公室", "市直各单位"], first.GetProperty("units").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["市政府办公室"], first.GetProperty("leadUnits").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2021 年 9 月前完成现有规划文件主动公开；长期工作", first.GetProperty("deadline").GetString());
        Assert.Equal(JsonValueKind.Array, first.GetProperty("criteria").ValueKind);
    }

    [Fact]
    public void Requirements_Criteria_AreAnArrayOfItems()
    {
        var run = CliHarness.Run(["requirements", "--doc", SampleCorpus.Conghua, "--index", index.Path, "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        var second = json.RootElement[1];
        Assert.Equal("评价各单位政策解读是否做到“三同步”。", second.GetProperty("criteria")[0].GetString());
    }

    [Fact]
    public void Requirements_UnknownDoc_ExitsNotFoundNamingTheId()
    {
        var run = CliHarness.Run(["requirements", "--doc", "nowhere-1999", "--index", index.Path]);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("nowhere-1999", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirements_Text_ShowsUnitsDeadlineAndCriteria()
    {
        var run = CliHarness.Run(["requirements", "--doc", SampleCorpus.Zhanjiang, "--index", index.Path]);

        Assert.Contains("zhanjiang-2021-6  (6)", run.Out, StringComparison.Ordinal);
        Assert.Contains("  units: 各县（市、区）政府（管委会）、市政府办公室、市直各单位 (lead: 市政府办公室)", run.Out, StringComparison.Ordinal);
        Assert.Contains("  deadline: 长期工作", run.Out, StringComparison.Ordinal);
    }
}
