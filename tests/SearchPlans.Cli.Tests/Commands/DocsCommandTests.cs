using SearchPlans.Cli;
using System.Text.Json;

namespace SearchPlans.Tests.Cli.Commands;

public sealed class DocsCommandTests(SampleIndexFolder index) : IClassFixture<SampleIndexFolder>
{
    [Fact]
    public void Docs_Json_KeepsTheContractFieldNamesAndValues()
    {
        var run = CliHarness.Run(["docs", "--index", index.Path, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var docs = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, docs.Count);
        Assert.Equal(
            ["id", "title", "jurisdiction", "level", "province", "city", "county", "year", "docNumber", "issuer", "issued", "requirementCount", "source", "attachments"],
            docs[0].EnumerateObject().Select(p => p.Name));
        var qingyuan = docs.Single(d => d.GetProperty("id").GetString() == SampleCorpus.Qingyuan);
        Assert.Equal("county", qingyuan.GetProperty("level").GetString());
        Assert.Equal("2022-06-13", qingyuan.GetProperty("issued").GetString());
        Assert.Equal("庆政办发〔2022〕37号", qingyuan.GetProperty("docNumber").GetString());
        Assert.Equal(1, qingyuan.GetProperty("requirementCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, docs[0].GetProperty("issued").ValueKind);
        Assert.Equal("city", docs[0].GetProperty("level").GetString());
    }

    [Fact]
    public void Docs_Text_ListsEveryPlan()
    {
        var run = CliHarness.Run(["docs", "--index", index.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.All([SampleCorpus.Heyuan, SampleCorpus.Conghua, SampleCorpus.Zhanjiang, SampleCorpus.Qingyuan],
            id => Assert.Contains(id, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_OnADamagedStoredCorpus_NamesTheFileAndWhyItCannotBeRead()
    {
        using var folder = new TempFolder();
        var damaged = folder.Combine("index");
        SearchPlans.Index.IndexBuilder.Build(SampleCorpus.Create(), damaged);
        var file = SearchPlans.Index.IndexLayout.CorpusFile(SearchPlans.Index.IndexLayout.Resolve(damaged));
        File.WriteAllBytes(file, [0xc1, 0x00, 0xff]);

        var run = CliHarness.Run(["docs", "--index", damaged]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
        Assert.Contains("could not be read as a stored corpus", run.Error, StringComparison.Ordinal);
        Assert.Contains("searchplans index", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_WithoutItsLinksFile_NamesTheLinksFileOnceAndSaysToBuildAgain()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        SearchPlans.Index.IndexBuilder.Build(SampleCorpus.Create(), index);
        var links = SearchPlans.Index.LinkColumnsFile.PathIn(SearchPlans.Index.IndexLayout.Resolve(index));
        File.Delete(links);

        var run = CliHarness.Run(["--lang", "en", "docs", "--index", index]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.DoesNotContain("unexpected", run.Error, StringComparison.Ordinal);
        Assert.Contains(links, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("Write it again with `searchplans index`.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_NoIndexAndNoSeeds_ExitsWithNoIndex()
    {
        using var empty = new TempFolder();

        var run = CliHarness.Run(["docs", "--index", empty.Combine("index"), "--seeds", empty.Combine("seeds")]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no index", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_NoIndexButSeeds_BuildsTheIndexFirst()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("seeds"));

        var run = CliHarness.Run(["docs", "--index", folder.Combine("index"), "--seeds", folder.Combine("seeds"), "--format", "json"], CliHarness.SampleResults);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("building it from", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(4, json.RootElement.GetArrayLength());
    }
}
