using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scope;

public sealed class PlanFamilyTests
{
    private static Plan Plan(string name, AdminLevel level, string? province, int? year, string? docNumber = null, params CitedDocument[] cites) =>
        new($"{name}-{year}", $"{name}{year}年政务公开工作要点", new Jurisdiction(name, level, province), year, docNumber, null, null,
            cites, [], [], [], name + ".txt");

    [Fact]
    public void OneJurisdictionsPlans_AreKinAcrossAnyYears()
    {
        Assert.True(PlanFamily.AreKin(Plan("河源市", AdminLevel.City, "广东省", 2016), Plan("河源市", AdminLevel.City, "广东省", 2026)));
    }

    [Fact]
    public void PlansOfOneProvince_AreKinInNeighbouringYearsOnly()
    {
        var heyuan = Plan("河源市", AdminLevel.City, "广东省", 2022);

        Assert.True(PlanFamily.AreKin(heyuan, Plan("湛江市", AdminLevel.City, "广东省", 2021)));
        Assert.True(PlanFamily.AreKin(heyuan, Plan("广东省", AdminLevel.Province, "广东省", 2022)));
        Assert.False(PlanFamily.AreKin(heyuan, Plan("湛江市", AdminLevel.City, "广东省", 2019)));
    }

    [Fact]
    public void PlansOfDifferentProvinces_AreNotKin_UnlessOneIsTheNationalPlan()
    {
        var heyuan = Plan("河源市", AdminLevel.City, "广东省", 2022);

        Assert.False(PlanFamily.AreKin(heyuan, Plan("庆元县", AdminLevel.County, "浙江省", 2022)));
        Assert.True(PlanFamily.AreKin(heyuan, Plan("国务院办公厅", AdminLevel.National, null, 2022)));
        Assert.False(PlanFamily.AreKin(heyuan, Plan("国务院办公厅", AdminLevel.National, null, 2018)));
    }

    [Fact]
    public void APlanCitingAnother_IsKinWithIt_WhateverTheProvinceOrYear()
    {
        var cited = Plan("杭州市", AdminLevel.City, "浙江省", 2018, "杭政办〔2018〕3号");
        var citing = Plan("河源市", AdminLevel.City, "广东省", 2022, null, new CitedDocument(null, "杭政办〔2018〕3号"));

        Assert.True(PlanFamily.AreKin(citing, cited));
        Assert.True(PlanFamily.AreKin(cited, citing));
    }

    [Fact]
    public void APlanOfUnknownProvinceOrYear_IsKinWithPlansItMightBelongWith()
    {
        var heyuan = Plan("河源市", AdminLevel.City, "广东省", 2022);

        Assert.True(PlanFamily.AreKin(heyuan, Plan("某局", AdminLevel.Agency, null, 2022)));
        Assert.True(PlanFamily.AreKin(heyuan, Plan("梅州市", AdminLevel.City, "广东省", null)));
        Assert.False(PlanFamily.AreKin(heyuan, Plan("某局", AdminLevel.Agency, null, 2015)));
    }

    [Fact]
    public void TheAllScope_CoversEveryPair()
    {
        var heyuan = Plan("河源市", AdminLevel.City, "广东省", 2022);
        var qingyuan = Plan("庆元县", AdminLevel.County, "浙江省", 2016);

        Assert.True(LinkScope.All.Covers(heyuan, qingyuan));
        Assert.False(LinkScope.Family.Covers(heyuan, qingyuan));
    }
}
