using SearchPlans.Model;
using SearchPlans.Units;

namespace SearchPlans.Tests.Units;

public sealed class UnitClustererTests
{
    private static readonly Lazy<UnitDirectory> SeedUnits = new(() =>
        UnitClusterer.Cluster(new Corpus([.. Seeds.Results.Select(r => r.Plan!)])));

    private static CanonicalUnit Seed(string name) => SeedUnits.Value.Find(name) ?? throw new InvalidOperationException($"no unit {name}");

    private static IEnumerable<(string, int)> Spellings(CanonicalUnit unit) => unit.Spellings.Select(s => (s.Text, s.Count));

    [Fact]
    public void Cluster_Seeds_JoinsTheDataBureauItsBareSpellingAndTheShortFormInJiangmensText()
    {
        var unit = Seed("市政数局");

        Assert.Equal("市政务服务数据管理局", unit.Name);
        Assert.Equal([("市政务服务数据管理局", 10), ("政务服务数据管理局", 7), ("市政数局", 1)], Spellings(unit));
        Assert.Equal(["heyuan-2022", "jiangmen-zftzgcjsglzx-2022", "zhanjiang-2021"], unit.PlanIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cluster_Seeds_JoinsHeyuansShortGeneralOfficeWithZhanjiangsFullName()
    {
        var unit = Seed("市府办公室");

        Assert.Equal("市政府办公室", unit.Name);
        Assert.Equal([("市政府办公室", 13), ("市府办公室", 9)], Spellings(unit));
    }

    [Fact]
    public void Cluster_Seeds_KeepsLevelsOfGovernmentApart()
    {
        Assert.NotSame(Seed("区卫健局"), Seed("市卫生健康局"));
        Assert.NotSame(Seed("区政府办公室"), Seed("市政府办公室"));
        Assert.NotSame(Seed("县发改局"), Seed("区发改局"));
    }

    [Fact]
    public void Cluster_Seeds_BareNameAfterAScopedOneInTheSameCell_JoinsTheScopedUnit()
    {
        // Heyuan prints 市教育局、生态环境局、住房城乡建设局…: the 市 carries over.
        Assert.Equal([("市生态环境局", 2), ("生态环境局", 2)], Spellings(Seed("市生态环境局")).OrderByDescending(s => s.Item1.Length));
        Assert.Equal("市卫生健康局", Seed("卫生健康局").Name);
    }

    [Fact]
    public void Cluster_Seeds_BranchesAndDifferentTypesStayApart()
    {
        Assert.NotSame(Seed("市生态环境局"), Seed("市生态环境局庆元分局"));
        Assert.NotSame(Seed("市医保局"), Seed("市医保局从化分中心"));
        Assert.NotSame(Seed("市发展改革委"), Seed("市发展改革局"));
    }

    [Fact]
    public void Cluster_Seeds_WidthVariantsOfAGroupAreOneUnitNamedByTheCommonerSpelling()
    {
        var unit = Seed("各县(区)人民政府(管委会)");

        Assert.True(unit.IsGroup);
        Assert.Equal("各县（区）人民政府（管委会）", unit.Name);
        Assert.Equal([("各县（区）人民政府（管委会）", 47), ("各县(区)人民政府(管委会)", 4)], Spellings(unit));
    }

    [Fact]
    public void Cluster_Seeds_CountsEveryUnitOnce()
    {
        var units = SeedUnits.Value.Units;

        Assert.Equal(83, units.Count);
        Assert.Equal(93, units.Sum(u => u.Spellings.Count));
        Assert.Equal(units.Count, units.Select(u => u.Name).Distinct().Count());
    }

    [Fact]
    public void Cluster_ShortFormOfTwoDifferentBodies_JoinsNeither()
    {
        var corpus = new Corpus([Plan("a", Requirement("a-1", "市交通建设局"), Requirement("a-2", "市交通基建局"), Requirement("a-3", "市交建局"))]);

        var units = UnitClusterer.Cluster(corpus).Units;

        Assert.Equal(["市交建局", "市交通基建局", "市交通建设局"], units.Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cluster_ShortFormOfAChainOfLongerForms_JoinsThemAll()
    {
        var corpus = new Corpus([Plan("a", Requirement("a-1", "县府办"), Requirement("a-2", "县政府办公室"), Requirement("a-3", "县人民政府办公室"))]);

        var unit = Assert.Single(UnitClusterer.Cluster(corpus).Units);

        Assert.Equal("县人民政府办公室", unit.Name);
        Assert.Equal(3, unit.RequirementCount);
    }

    [Fact]
    public void Cluster_LeadMarkInTheCell_IsTheMentionsRole()
    {
        var corpus = new Corpus([Plan("a", Requirement("a-1", "县发改局", lead: true), Requirement("a-2", "县发展和改革局"))]);

        var unit = Assert.Single(UnitClusterer.Cluster(corpus).Units);

        Assert.Equal([UnitRole.Lead, UnitRole.Shared], unit.Mentions.OrderBy(m => m.RequirementId).Select(m => m.Role));
    }

    private static Requirement Requirement(string id, string unit, bool lead = false) =>
        new(id, null, [], "text", unit, [new ResponsibleUnit(unit, lead)], false, null, [], new SourceSpan(1, 1));

    private static Plan Plan(string id, params Requirement[] requirements) =>
        new(id, id, new Jurisdiction("某县", AdminLevel.County, null), 2022, null, null, null, [], [], requirements, [], id + ".txt");
}
