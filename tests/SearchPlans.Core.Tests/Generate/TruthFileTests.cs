using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Generate;

public sealed class TruthFileTests(GeneratedCorpusFixture fixture) : IClassFixture<GeneratedCorpusFixture>
{
    private TruthFile Truth => TruthFile.From(fixture.Corpus);

    [Fact]
    public void Truth_NamesEveryGeneratedRequirementOnce()
    {
        Assert.Equal(fixture.Corpus.RequirementCount, Truth.Requirements.Count);
        Assert.Equal(Truth.Requirements.Count, Truth.Requirements.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Truth_ParentRequirements_BelongToTheParentPlan()
    {
        var planOf = Truth.Requirements.ToDictionary(r => r.Id, r => r.Plan);
        var parentPlan = Truth.Plans.ToDictionary(p => p.Id, p => p.Parent);
        var withParent = Truth.Requirements.Where(r => r.Parent is not null).ToList();

        Assert.NotEmpty(withParent);
        Assert.All(withParent, r => Assert.Equal(parentPlan[r.Plan], planOf[r.Parent!]));
    }

    [Fact]
    public void Truth_ParentPlans_AreTheSameYearOneLevelUp()
    {
        var plans = fixture.Corpus.Plans.ToDictionary(p => p.Id);
        foreach (var child in plans.Values.Where(p => p.ParentPlanId is not null))
        {
            var parent = plans[child.ParentPlanId!];
            Assert.Equal(child.Year, parent.Year);
            Assert.Equal(child.Jurisdiction.Province, parent.Jurisdiction.Province);
            var expectedLevel = child.Jurisdiction.Level == AdminLevel.City ? AdminLevel.Province : AdminLevel.City;
            Assert.Equal(expectedLevel, parent.Jurisdiction.Level);
        }
        Assert.All(plans.Values.Where(p => p.Jurisdiction.Level == AdminLevel.Province), p => Assert.Null(p.ParentPlanId));
    }

    [Fact]
    public void Truth_Origins_AreSeedRequirements()
    {
        var seedIds = Seeds.Results.SelectMany(r => r.Plan!.Requirements).Select(r => r.Id).ToHashSet();

        Assert.All(Truth.Requirements, r => Assert.Contains(r.Origin, seedIds));
    }

    [Fact]
    public void Truth_DerivedRequirements_RecordTheirEdits()
    {
        var edits = Truth.Requirements.SelectMany(r => r.Edits).ToHashSet();

        Assert.Superset(new HashSet<string> { "localised", "years", "number", "clause-dropped", "clause-added", "sentences-reordered", "units-renamed" }, edits);
        Assert.Equal(7, edits.Count);
    }

    [Fact]
    public void WriteTo_WritesPlansTheIngesterReadsAndATruthFileThatReadsBack()
    {
        using var folder = new TempFolder();
        var small = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(12, 5);

        small.WriteTo(folder.Path);

        var read = new PlanIngester().IngestDirectory(Path.Combine(folder.Path, GeneratedCorpus.PlansFolder));
        var truth = TruthFile.Read(Path.Combine(folder.Path, GeneratedCorpus.TruthFileName));
        Assert.Equal(12, read.Count(r => r.Succeeded));
        Assert.Equal(truth.Plans.Select(p => p.Id).Order(), read.Select(r => r.Plan!.Id).Order());
        Assert.Equal(truth.Requirements.Select(r => r.Id).Order(), read.SelectMany(r => r.Plan!.Requirements).Select(r => r.Id).Order());
        Assert.Equal(TruthFile.From(small).Requirements.Select(r => r.Parent), truth.Requirements.Select(r => r.Parent));
    }

    [Fact]
    public void Truth_ForwardedPlans_NameTheForwarderAndKeepTheirOwnJurisdictionAndNumber()
    {
        var forwarded = Truth.Plans.Where(p => p.ForwardedBy is not null).ToList();

        Assert.NotEmpty(forwarded);
        Assert.All(forwarded, p =>
        {
            Assert.Equal("notice", p.Head);
            Assert.NotEqual(p.Jurisdiction, p.ForwardedBy);
            Assert.NotNull(p.DocNumber);
        });
    }
}
