using System.Security.Cryptography;
using System.Text;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Generate;

public sealed class NationalCatalogTests
{
    private static readonly IReadOnlyList<CatalogEntry> National = JurisdictionCatalog.National;

    [Fact]
    public void National_HoldsChinasCountsOfProvincesPrefecturesAndCounties()
    {
        Assert.Equal(34, National.Count(e => e.Level == AdminLevel.Province));
        Assert.Equal(333, National.Count(e => e.Level == AdminLevel.City));
        Assert.Equal(2_850, National.Count(e => e.Level is AdminLevel.County or AdminLevel.District));
        Assert.Equal(2_850, National.Count(e => e.Level == AdminLevel.Township));
        Assert.Equal(18_255, National.Count);
        Assert.Equal(200_805, CorpusGenerator.CapacityOf(National));
    }

    [Fact]
    public void National_EveryNameOnceAndEveryParentBeforeItsChildren()
    {
        Assert.Equal(National.Count, National.Select(e => e.Name).Distinct().Count());
        var seen = new HashSet<CatalogEntry>();
        foreach (var entry in National)
        {
            if (entry.Parent is not null)
                Assert.Contains(entry.Parent, seen);
            seen.Add(entry);
        }
    }

    [Fact]
    public void National_KeepsTheSampleCatalogsRealPlaces()
    {
        var names = National.Select(e => e.Name).ToHashSet();

        Assert.All(JurisdictionCatalog.All, e => Assert.Contains(e.Name, names));
    }

    [Fact]
    public void Generate_NationalCatalog_PlansOfTownshipsAndCountyDepartmentsAreReadBackWithTheirIds()
    {
        var corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool, LayoutMix.Everything, National).Generate(400, 5);
        var ingester = new PlanIngester();

        var read = corpus.Files.Select(f => (f.Plan, Read: ingester.Ingest(f.Plan.FileName, f.Content).Plan)).ToList();

        Assert.Contains(read, r => r.Plan.Jurisdiction.Level == AdminLevel.Township);
        Assert.Contains(read, r => r.Plan.Jurisdiction.Parent?.Level is AdminLevel.County or AdminLevel.District && r.Plan.Jurisdiction.Level == AdminLevel.Agency);
        Assert.All(read, r => Assert.Equal(r.Plan.Id, r.Read?.Id));
    }

    [Fact]
    public void Generate_SampleCatalog_WritesTheSameBytesAsBeforeTheNationalCatalog()
    {
        // Taken from the generator before the national catalog existed: `generate --plans 60 --seed 3`.
        var corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(60, 3);

        var digest = SHA256.Create();
        foreach (var file in corpus.Files.OrderBy(f => f.Plan.FileName, StringComparer.Ordinal))
        {
            var name = Encoding.UTF8.GetBytes(file.Plan.FileName);
            digest.TransformBlock(name, 0, name.Length, null, 0);
            digest.TransformBlock(file.Content, 0, file.Content.Length, null, 0);
        }
        digest.TransformFinalBlock([], 0, 0);

        Assert.Equal("661e940b6e75be08a24cf1bf6ea424e59fcd96a540775c748dc867acc91668a7", Convert.ToHexStringLower(digest.Hash!));
    }
}
