using SearchPlans.Align;
using SearchPlans.Align.Scope;
using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Tests.Align.Scope;

/// <summary>A corpus linked by families stores only kin pairs, and still answers for every pair of plans.</summary>
public sealed class FamilyScopeTests
{
    private static readonly Lazy<Corpus> ByFamily = new(() =>
        new Aligner().Link(new Corpus([.. Seeds.Results.Select(r => r.Plan!)]) { Scope = LinkScope.Family }));

    private static Corpus All => AlignTestData.SeedCorpus;

    private static string[] Describe(IEnumerable<RequirementLink> links) =>
        [.. links.Select(l => $"{l.Source} {l.Target} {l.Kind} {l.Relation} {l.Score:R} {string.Join("|", l.Evidence)}").Order(StringComparer.Ordinal)];

    [Fact]
    public void AFamilyCorpus_StoresExactlyTheLinksOfAllBetweenKinPlans()
    {
        var kin = All.Links.Where(l => PlanFamily.AreKin(All.PlanOf(l.Source)!, All.PlanOf(l.Target)!));

        Assert.Equal(Describe(kin), Describe(ByFamily.Value.Links));
        Assert.True(ByFamily.Value.Links.Count < All.Links.Count);
    }

    [Fact]
    public void ComparingPlansThatAreNotKin_AlignsThemOnDemand_AsStoringWouldHave()
    {
        // Qingyuan (浙江省) and Heyuan (广东省) are not kin, so a family corpus stores none of their links.
        var qingyuan = Seeds.Qingyuan.Id;
        var heyuan = Seeds.Heyuan.Id;
        Assert.DoesNotContain(ByFamily.Value.Links, l => l.Source.StartsWith(qingyuan, StringComparison.Ordinal) && l.Target.StartsWith(heyuan, StringComparison.Ordinal));

        var onDemand = new PlanComparer().Compare(ByFamily.Value, new CounterpartIndex(ByFamily.Value), qingyuan, heyuan);
        var stored = new PlanComparer().Compare(All, qingyuan, heyuan);

        Assert.True(stored.Summary.Equivalent + stored.Summary.Related > 0);
        Assert.Equal(stored.Summary, onDemand.Summary);
        Assert.Equal(stored.Rows.Select(r => (r.A.Id, r.B?.Id, r.Kind)), onDemand.Rows.Select(r => (r.A.Id, r.B?.Id, r.Kind)));
    }

    [Fact]
    public void RelinkingAFamilyCorpus_GivesTheLinksOfLinkingItWhole()
    {
        var zhanjiang = Seeds.Zhanjiang;
        var without = new Aligner().Link(new Corpus([.. Seeds.Results.Select(r => r.Plan!).Where(p => p != zhanjiang)]) { Scope = LinkScope.Family });

        var relinked = new Aligner().Relink(without.WithPlan(zhanjiang), new HashSet<string> { zhanjiang.Id });

        Assert.Equal(LinkScope.Family, relinked.Scope);
        Assert.Equal(Describe(ByFamily.Value.Links), Describe(relinked.Links));
    }
}
