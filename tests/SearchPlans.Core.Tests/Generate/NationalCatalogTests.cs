using System.Security.Cryptography;
using System.Text;
using SearchPlans.Align.Scope;
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

    // Lineage pairs a plan with the governments it lies in, read from its head: every plan the generator derived from
    // another must be in line with it, and a plan must have a few partners, not every higher tier of its province.
    [Fact]
    public void Generate_NationalCatalog_EveryPlanIsInLineWithThePlanItWasDerivedFrom_AndWithFewOthers()
    {
        var corpus = new CorpusGenerator(GeneratedCorpusFixture.Pool, LayoutMix.Everything, National).Generate(1_500, 7);
        var ingester = new PlanIngester();
        var plans = PlanIds.Disambiguate([.. corpus.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content))]).PlansRead();
        var byId = plans.ToDictionary(p => p.Id);

        var derived = corpus.Files.Where(f => f.Plan.ParentPlanId is not null).Select(f => (Child: byId[f.Plan.Id], Parent: byId[f.Plan.ParentPlanId!])).ToList();

        Assert.NotEmpty(derived);
        Assert.All(derived, d => Assert.True(PlanLineage.InLine(d.Child, d.Parent), $"{d.Child.Jurisdiction} -> {d.Parent.Jurisdiction}"));
        Assert.InRange(2.0 * PlanPairs.Of(plans, LinkScope.Lineage, touching: null).Count / plans.Count, 1, 8);
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
