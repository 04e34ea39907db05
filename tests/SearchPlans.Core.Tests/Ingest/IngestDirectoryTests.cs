using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Tests.Generate;

namespace SearchPlans.Tests.Ingest;

/// <summary>A folder is read on every core; what comes back must be what reading its files one by one gives.</summary>
public sealed class IngestDirectoryTests
{
    [Fact]
    public void IngestDirectory_ReadOnEveryCore_GivesTheFilesInNameOrderAsReadOneByOne()
    {
        using var folder = new TempFolder();
        var corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(120, seed: 5);
        corpus.WriteTo(folder.Path);
        var plans = Path.Combine(folder.Path, GeneratedCorpus.PlansFolder);

        var together = new PlanIngester().IngestDirectory(plans);

        var names = Directory.EnumerateFiles(plans).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var oneByOne = names.Select(n => new PlanIngester().IngestFile(Path.Combine(plans, n!))).ToList();
        Assert.Equal(names, together.Select(r => r.SourceName));
        // Places that share an id (南昌市 and 南昌县 are both nanchang) get a suffix when read together.
        Assert.All(oneByOne.Zip(together), p => Assert.True(p.Second.Plan!.Id == p.First.Plan!.Id || p.Second.Plan.Id.StartsWith(p.First.Plan!.Id + "-", StringComparison.Ordinal), p.Second.Plan.Id));
        Assert.Equal(oneByOne.Select(r => r.Plan!.Requirements.Count), together.Select(r => r.Plan!.Requirements.Count));
    }
}
