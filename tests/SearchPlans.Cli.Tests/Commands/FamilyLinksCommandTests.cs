using System.Text.Json;
using SearchPlans.Cli;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>`index --links family` and `--links lineage` store some pairs only; `compare` still answers for any two plans.</summary>
public sealed class FamilyLinksCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Index(string links)
    {
        var index = folder.Combine(links);
        var run = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", index, "--links", links], new PlanIngester().IngestDirectory);
        Assert.Equal(0, run.ExitCode);
        return index;
    }

    private static string Compare(string index, string a = "qingyuan-2022", string b = "heyuan-2022") =>
        CliHarness.Run(["compare", a, b, "--index", index, "--format", "json"]).Out;

    [Fact]
    public void AFamilyIndex_StoresNoLinkBetweenProvinces_YetComparesThemAsAnAllIndexDoes()
    {
        var family = Index("family");
        var all = Index("all");

        var stored = CorpusStore.Load(family);
        Assert.Equal(LinkScope.Family, stored.Scope);
        Assert.DoesNotContain(stored.Links, l => stored.PlanOf(l.Source)!.Jurisdiction.Province != stored.PlanOf(l.Target)!.Jurisdiction.Province
            && stored.PlanOf(l.Source)!.Jurisdiction.Province is not null && stored.PlanOf(l.Target)!.Jurisdiction.Province is not null);
        using var onDemand = JsonDocument.Parse(Compare(family));
        using var fromStore = JsonDocument.Parse(Compare(all));
        Assert.Equal(fromStore.RootElement.GetProperty("summary").ToString(), onDemand.RootElement.GetProperty("summary").ToString());
        Assert.True(onDemand.RootElement.GetProperty("summary").GetProperty("equivalent").GetInt32() > 0);
    }

    [Fact]
    public void ALineageIndex_StoresNoLinkBetweenTwoCitiesOfOtherYears_YetComparesThemAsAnAllIndexDoes()
    {
        var lineage = Index("lineage");
        var all = Index("all");

        var stored = CorpusStore.Load(lineage);
        Assert.Equal(LinkScope.Lineage, stored.Scope);
        Assert.DoesNotContain(stored.Links, l => new[] { stored.PlanOf(l.Source)!.Id, stored.PlanOf(l.Target)!.Id }.Order().SequenceEqual(["heyuan-2022", "zhanjiang-2021"]));
        Assert.True(stored.Links.Count < CorpusStore.Load(all).Links.Count);
        using var onDemand = JsonDocument.Parse(Compare(lineage, "zhanjiang-2021", "heyuan-2022"));
        using var fromStore = JsonDocument.Parse(Compare(all, "zhanjiang-2021", "heyuan-2022"));
        Assert.Equal(fromStore.RootElement.GetProperty("summary").ToString(), onDemand.RootElement.GetProperty("summary").ToString());
        Assert.True(onDemand.RootElement.GetProperty("summary").GetProperty("related").GetInt32() > 0);
    }

    [Fact]
    public void AnUnknownLinksScope_IsAUsageError()
    {
        var run = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", folder.Combine("x"), "--links", "some"]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("some", run.Error, StringComparison.Ordinal);
    }
}
