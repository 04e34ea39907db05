using SearchPlans.Model;
using SearchPlans.Units;

namespace SearchPlans.Tests.Units;

public sealed class UnitNameReaderTests
{
    [Fact]
    public void Read_PrintedScope_SplitsScopeBodyAndType()
    {
        var name = UnitNameReader.Read("市政务服务数据管理局", impliedScope: "县");

        Assert.Equal(("市", "政务服务数据管理", "局", true, false), (name.Scope, name.Body, name.Type, name.ScopePrinted, name.IsGroup));
    }

    [Fact]
    public void Read_BareName_TakesTheImpliedScopeAndKeysLikeThePrintedOne()
    {
        var bare = UnitNameReader.Read("卫生健康局", impliedScope: "市");

        Assert.False(bare.ScopePrinted);
        Assert.Equal(UnitNameReader.Read("市卫生健康局", "").Key, bare.Key);
    }

    [Fact]
    public void Read_MarketRegulatorWithoutScope_Is_not_read_as_a_city_body()
    {
        var name = UnitNameReader.Read("市场监管局", impliedScope: "区");

        Assert.Equal(("区", "市场监管"), (name.Scope, name.Body));
    }

    [Fact]
    public void Read_NameStartingWithTheJurisdiction_TakesItsLevelAsScope()
    {
        var name = UnitNameReader.Read("庆元县人民政府办公室", impliedScope: "", jurisdictionName: "庆元县");

        Assert.Equal(("县", "人民政府", "办公室"), (name.Scope, name.Body, name.Type));
    }

    [Theory]
    [InlineData("市直各单位")]
    [InlineData("各县（区）人民政府（管委会）")]
    [InlineData("市直有关单位")]
    [InlineData("区直各部门")]
    public void Read_Collectives_AreGroups(string spelling) =>
        Assert.True(UnitNameReader.Read(spelling, "市").IsGroup);

    [Fact]
    public void Read_WidthAndBracketVariants_ShareOneKey()
    {
        Assert.Equal(UnitNameReader.Read("各县（区）人民政府（管委会）", "").Key, UnitNameReader.Read("各县(区)人民政府(管委会)", "").Key);
        Assert.Equal(UnitNameReader.Read("各镇（街）", "").Key, UnitNameReader.Read("各镇街", "").Key);
    }

    [Theory]
    [InlineData(AdminLevel.City, "市")]
    [InlineData(AdminLevel.County, "县")]
    [InlineData(AdminLevel.District, "区")]
    [InlineData(AdminLevel.Agency, "")]
    public void ScopeOf_PlanLevel_GivesTheScopeItsUnitsCarryUnprinted(AdminLevel level, string scope) =>
        Assert.Equal(scope, UnitNameReader.ScopeOf(new Jurisdiction("x", level, null)));
}
