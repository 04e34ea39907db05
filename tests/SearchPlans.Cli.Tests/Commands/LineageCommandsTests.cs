using System.Text.Json;
using SearchPlans.Cli;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>
/// Heyuan's 2022 plan beside a 2023 edition made from it: every year moved on, item 1 replaced by a new
/// obligation, item 3 reworded. The seeds alone hold no jurisdiction twice.
/// </summary>
public sealed class TwoYearsOfHeyuan : IDisposable
{
    private const string OldItem1 = "依托政府信息公开平台进一步完善市级行政规章建设，高质量发布现行有效规章正式版本，巩固规章集中公开工作成果，及时做好规章动态更新。";
    private const string NewItem1 = "建立重大行政决策预公开目录，每季度向社会通报决策草案征求意见采纳情况。";

    private readonly TempFolder folder = new();

    public TwoYearsOfHeyuan()
    {
        var seeds = Directory.CreateDirectory(folder.Combine("seeds")).FullName;
        var heyuan = Directory.GetFiles(SeedIndexFolder.SeedsPath).Single(f => File.ReadAllText(f).Contains("河源市贯彻落实", StringComparison.Ordinal));
        var text = File.ReadAllText(heyuan);
        File.Copy(heyuan, Path.Combine(seeds, "a.txt"));
        var next = text.Replace("2022", "2023", StringComparison.Ordinal)
            .Replace(OldItem1, NewItem1, StringComparison.Ordinal)
            .Replace("持续推动政府信息主动公开目录的动态更新调整", "每半年评估一次政府信息主动公开目录，并推动其动态更新调整", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(seeds, "b.txt"), next);
        var run = CliHarness.Run(["index", "--seeds", seeds, "--index", IndexPath], new PlanIngester().IngestDirectory);
        if (run.ExitCode != ExitCodes.Success)
            throw new InvalidOperationException($"indexing two years of Heyuan failed: {run.Error}");
    }

    public string IndexPath => folder.Combine("index");

    public void Dispose() => folder.Dispose();
}

public sealed class LineageCommandsTests(TwoYearsOfHeyuan index) : IClassFixture<TwoYearsOfHeyuan>
{
    [Fact]
    public void Lineage_LabelsEachRequirementAgainstThePreviousYear()
    {
        var run = CliHarness.Run(["lineage", "heyuan-2023", "--index", index.IndexPath, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("heyuan-2022", json.RootElement.GetProperty("against").GetString());
        var change = json.RootElement.GetProperty("requirements").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("change").GetString());
        Assert.Equal("new", change["heyuan-2023-1"]);
        Assert.Equal("dropped", change["heyuan-2022-1"]);
        Assert.Equal("modified", change["heyuan-2023-3"]);
        Assert.Equal("kept", change["heyuan-2023-4"]);
        Assert.Equal(54 + 1, change.Count);
    }

    [Fact]
    public void Lineage_TextCountsEveryKindOfChange()
    {
        var run = CliHarness.Run(["lineage", "heyuan-2023", "--index", index.IndexPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\d+ new, \d+ kept, \d+ modified, 1 dropped", run.Out);
    }

    [Fact]
    public void Lineage_WithNoEarlierPlan_SaysSoAndExitsNotFound()
    {
        var run = CliHarness.Run(["lineage", "heyuan-2022", "--index", index.IndexPath]);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("no earlier plan of 河源市", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refs_LinkTheLaterYearToTheEarlierWithTheShareItCarries()
    {
        var run = CliHarness.Run(["refs", "--index", index.IndexPath, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var reference = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("heyuan-2023", reference.GetProperty("from").GetString());
        Assert.Equal("heyuan-2022", reference.GetProperty("to").GetString());
        Assert.Equal("previous-year", reference.GetProperty("kind").GetString());
        Assert.InRange(reference.GetProperty("carried").GetDouble(), 0.9, 53.0 / 54);
    }

    [Fact]
    public void Refs_Csv_PutsEachValueUnderItsHeader()
    {
        var run = CliHarness.Run(["refs", "--index", index.IndexPath, "--format", "csv"]);

        var lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("from,to,kind,via,carried", lines[0]);
        var row = lines[1].Split(',');
        Assert.Equal(["heyuan-2023", "heyuan-2022", "previous-year", "2022"], row[..4]);
        Assert.StartsWith("0.9", row[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Refs_UnknownPlan_ExitsNotFound()
    {
        var run = CliHarness.Run(["refs", "--doc", "nowhere-2022", "--index", index.IndexPath]);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
    }
}
