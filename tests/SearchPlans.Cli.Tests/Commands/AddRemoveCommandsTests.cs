using SearchPlans.Cli;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Search;

namespace SearchPlans.Tests.Cli.Commands;

/// <summary>`add` and `remove` change the index in place of a rebuild; what they leave must equal a full rebuild.</summary>
public sealed class AddRemoveCommandsTests : IDisposable
{
    private static readonly string[] Queries = ["三同步", "\"政府信息公开\" AND 年度报告", "jurisdiction:湛江", "year:2022 AND 政策解读", "*"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string SeedFile(string marker) =>
        Directory.GetFiles(SeedIndexFolder.SeedsPath).Single(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal));

    /// <summary>A full `searchplans index` of the given seed files, in a folder of their own.</summary>
    private string FullIndex(string name, params string[] files) => FullIndex(name, [], files);

    /// <summary>A full `searchplans index` of the given seed files, in a folder of their own, with extra options.</summary>
    private string FullIndex(string name, string[] options, params string[] files)
    {
        var seeds = SeedFolder(name + "-seeds", files);
        var index = folder.Combine(name);
        Assert.Equal(0, CliHarness.Run(["index", "--seeds", seeds, "--index", index, .. options], new PlanIngester().IngestDirectory).ExitCode);
        return index;
    }

    private string SeedFolder(string name, params string[] files)
    {
        var seeds = Directory.CreateDirectory(folder.Combine(name)).FullName;
        foreach (var f in files)
            File.Copy(f, Path.Combine(seeds, Path.GetFileName(f)));
        return seeds;
    }

    private static void AssertSameIndex(string expected, string actual)
    {
        var a = CorpusStore.Load(expected);
        var b = CorpusStore.Load(actual);
        Assert.Equal(a.Plans.Select(p => p.Id).Order(), b.Plans.Select(p => p.Id).Order());
        Assert.Equal(Describe(a), Describe(b));
        using var searchA = new PlanSearcher(expected);
        using var searchB = new PlanSearcher(actual);
        foreach (var q in Queries)
        {
            var hitsA = searchA.Search(new SearchRequest(q, Limit: 500));
            var hitsB = searchB.Search(new SearchRequest(q, Limit: 500));
            Assert.Equal(hitsA.Total, hitsB.Total);
            Assert.Equal(hitsA.Hits.Select(h => h.Id).Order(), hitsB.Hits.Select(h => h.Id).Order());
            Assert.Equal(hitsA.Jurisdictions, hitsB.Jurisdictions);
        }
    }

    private static string[] Describe(Corpus corpus) =>
        [.. corpus.Links.Select(l => $"{l.Source} {l.Target} {l.Kind} {l.Relation} {l.Score}").Order(StringComparer.Ordinal)];

    [Fact]
    public void AddingAPlan_GivesTheIndexOfAFullRebuild()
    {
        var zhanjiang = SeedFile("湛江市");
        var others = Directory.GetFiles(SeedIndexFolder.SeedsPath).Where(f => f != zhanjiang).ToArray();
        var index = FullIndex("updated", others);

        var run = CliHarness.Run(["add", zhanjiang, "--index", index]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("zhanjiang-2021", run.Out, StringComparison.Ordinal);
        AssertSameIndex(FullIndex("full", Directory.GetFiles(SeedIndexFolder.SeedsPath)), index);
    }

    [Fact]
    public void RemovingAPlan_GivesTheIndexOfAFullRebuildWithoutIt()
    {
        var index = FullIndex("updated", Directory.GetFiles(SeedIndexFolder.SeedsPath));

        var run = CliHarness.Run(["remove", "heyuan-2022", "--index", index]);

        Assert.Equal(0, run.ExitCode);
        var heyuan = SeedFile("河源市贯彻落实");
        AssertSameIndex(FullIndex("full", [.. Directory.GetFiles(SeedIndexFolder.SeedsPath).Where(f => f != heyuan)]), index);
    }

    [Fact]
    public void AnIndexBuiltWithAReferenceFolder_KeepsThatReferenceThroughAdd_AndStillEqualsAFullRebuild()
    {
        var zhanjiang = SeedFile("湛江市");
        var heyuan = SeedFile("河源市贯彻落实");
        var reference = SeedFolder("reference", heyuan, zhanjiang);
        var others = Directory.GetFiles(SeedIndexFolder.SeedsPath).Where(f => f != zhanjiang).ToArray();
        var index = FullIndex("updated", ["--reference", reference], others);
        var counted = CorpusStore.Load(index).Rarity!;

        var run = CliHarness.Run(["add", zhanjiang, "--index", index]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Seeds(heyuan, zhanjiang).Sum(p => p.Requirements.Count), counted.RequirementCount);
        Assert.Equal(counted.RequirementCount, CorpusStore.Load(index).Rarity!.RequirementCount);
        AssertSameIndex(FullIndex("full", ["--reference", reference], Directory.GetFiles(SeedIndexFolder.SeedsPath)), index);
    }

    [Fact]
    public void AReferenceFolderWithNoPlan_IsRefusedWithItsName()
    {
        var empty = Directory.CreateDirectory(folder.Combine("no-plans")).FullName;

        var run = CliHarness.Run(["index", "--seeds", SeedIndexFolder.SeedsPath, "--index", folder.Combine("idx"), "--reference", empty],
            new PlanIngester().IngestDirectory);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"no plan could be read in \"{empty}\"", run.Error, StringComparison.Ordinal);
        Assert.False(IndexLayout.Exists(folder.Combine("idx")));
    }

    private static IEnumerable<Plan> Seeds(params string[] files) => files.Select(f => new PlanIngester().IngestFile(f).Plan!);

    [Fact]
    public void AddingABadFileBesideAGoodOne_AddsTheGoodOneAndNamesTheBadOne()
    {
        var zhanjiang = SeedFile("湛江市");
        var index = FullIndex("updated", SeedFile("河源市贯彻落实"));
        var empty = folder.Combine("empty.txt");
        File.WriteAllText(empty, "");

        var run = CliHarness.Run(["add", empty, zhanjiang, "--index", index]);

        Assert.Equal(ExitCodes.SomeFilesFailed, run.ExitCode);
        Assert.Contains("empty.txt: the file is empty", run.Error, StringComparison.Ordinal);
        Assert.Equal(["heyuan-2022", "zhanjiang-2021"], CorpusStore.Load(index).Plans.Select(p => p.Id));
    }

    [Fact]
    public void AddingAPlanAlreadyThere_ReplacesIt()
    {
        var heyuan = SeedFile("河源市贯彻落实");
        var index = FullIndex("updated", heyuan);

        var run = CliHarness.Run(["add", heyuan, "--index", index]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("replaces the plan heyuan-2022", run.Error, StringComparison.Ordinal);
        using var searcher = new PlanSearcher(index);
        Assert.Equal(54, searcher.RequirementCount);
    }

    [Fact]
    public void RemovingAnUnknownPlan_ExitsNotFoundAndChangesNothing()
    {
        var index = FullIndex("updated", SeedFile("河源市贯彻落实"));

        var run = CliHarness.Run(["remove", "nowhere-2022", "--index", index]);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Single(CorpusStore.Load(index).Plans);
    }

    [Fact]
    public void AddingWithoutAnIndex_SaysHowToBuildOne()
    {
        var run = CliHarness.Run(["add", SeedFile("湛江市"), "--index", folder.Combine("none")]);

        Assert.Equal(ExitCodes.NoIndex, run.ExitCode);
        Assert.Contains("searchplans index", run.Error, StringComparison.Ordinal);
    }
}
