using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Generate;

/// <summary>
/// Places that share a pinyin id (福州 and 抚州, 象山县 and 象山区, and their agencies) each get plans; the generator
/// must name them, their requirements and their children's parents as reading the folder names them.
/// </summary>
public sealed class ClashingIdsTests
{
    // Enough plans that several places share ids; generating is fast, and only the clashing files are read back.
    private const int Plans = 3000;

    private static readonly GeneratedCorpus Corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(Plans, GeneratedCorpusFixture.Seed);

    [Fact]
    public void Generate_PlacesSharingAnId_AreAllWrittenWithTheIdsReadingTheFolderGives()
    {
        var clashing = Corpus.Files.Where(f => IsSuffixed(f.Plan.Id)).ToList();
        Assert.True(clashing.Count >= 4, $"expected several plans of places sharing an id, found {clashing.Count}");
        Assert.Equal(Plans, Corpus.Files.Count);
        Assert.Equal(Plans, Corpus.Plans.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());

        var read = PlanIds.Disambiguate([.. clashing.Select(f => new PlanIngester().Ingest(f.Plan.FileName, f.Content))]);

        foreach (var (expected, result) in clashing.Select(f => f.Plan).Zip(read))
        {
            Assert.Equal(expected.Id, result.Plan!.Id);
            Assert.Equal(expected.Requirements.Select(r => r.Id), result.Plan.Requirements.Select(r => r.Id));
        }
    }

    [Fact]
    public void Generate_ChildrenOfRenamedPlans_NameTheirParentsByTheNewIds()
    {
        var plans = Corpus.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var requirementIds = Corpus.Plans.SelectMany(p => p.Requirements).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var childrenOfRenamed = Corpus.Plans.Where(p => p.ParentPlanId is { } parent && IsSuffixed(parent)).ToList();
        Assert.NotEmpty(childrenOfRenamed);

        Assert.All(Corpus.Plans.Where(p => p.ParentPlanId is not null), p => Assert.True(plans.ContainsKey(p.ParentPlanId!), $"{p.Id}: parent {p.ParentPlanId} is not in the corpus"));
        Assert.All(Corpus.Plans.SelectMany(p => p.Requirements).Where(r => r.Parent is not null),
            r => Assert.True(requirementIds.Contains(r.Parent!), $"{r.Id}: parent requirement {r.Parent} is not in the corpus"));
        Assert.All(childrenOfRenamed, p => Assert.All(p.Requirements.Where(r => r.Parent is not null),
            r => Assert.StartsWith(p.ParentPlanId + "-", r.Parent!, StringComparison.Ordinal)));
    }

    // A suffixed id ends with six hex digits after the year: fuzhou-2022-3fa9c1.
    private static bool IsSuffixed(string planId) =>
        planId.Split('-') is [.., var year, var key] && year.Length == 4 && year.All(char.IsAsciiDigit) && key.Length == 6 && key.All(char.IsAsciiHexDigit);
}
