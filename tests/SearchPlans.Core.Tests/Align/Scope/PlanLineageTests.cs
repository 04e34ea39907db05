using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scope;

/// <summary>Plans in line are a plan and those it carries out, its own neighbouring years, and citations; never siblings.</summary>
public sealed class PlanLineageTests
{
    private static Plan Plan(string name, AdminLevel level, string? province, int? year, params CitedDocument[] cites) =>
        new($"{name}-{year}", $"{name}{year}年政务公开工作要点", new Jurisdiction(name, level, province), year, null, null, null, cites, [], [], [], name + ".txt");

    private static readonly Plan Nation2022 = Plan("国务院办公厅", AdminLevel.National, null, 2022);
    private static readonly Plan Guangdong2022 = Plan("广东省", AdminLevel.Province, "广东省", 2022);
    private static readonly Plan Heyuan2022 = Plan("河源市", AdminLevel.City, "广东省", 2022);
    private static readonly Plan Jiangmen2022 = Plan("江门市", AdminLevel.City, "广东省", 2022);
    private static readonly Plan Taishan2022 = Plan("台山市", AdminLevel.County, "广东省", 2022);
    private static readonly Plan Heyuan2021 = Plan("河源市", AdminLevel.City, "广东省", 2021);
    private static readonly Plan Heyuan2019 = Plan("河源市", AdminLevel.City, "广东省", 2019);
    private static readonly Plan Guangdong2021 = Plan("广东省", AdminLevel.Province, "广东省", 2021);
    private static readonly Plan Zhejiang2022 = Plan("浙江省", AdminLevel.Province, "浙江省", 2022);
    private static readonly Plan Qingyuan2022 = Plan("庆元县", AdminLevel.County, "浙江省", 2022);

    public static TheoryData<string, Plan, Plan> InLinePairs() => new()
    {
        { "a city carries out its province's plan of the year", Heyuan2022, Guangdong2022 },
        { "a county carries out its city's plan", Taishan2022, Jiangmen2022 },
        { "every province carries out the national plan", Zhejiang2022, Nation2022 },
        { "a county reads the national plan too", Qingyuan2022, Nation2022 },
        { "one jurisdiction's plans of neighbouring years", Heyuan2022, Heyuan2021 },
        { "a plan cites another", Qingyuan2022 with { Cites = [new CitedDocument(null, "粤府办〔2019〕3号")] }, Heyuan2019 with { DocNumber = "粤府办〔2019〕3号" } },
        { "a plan of unknown year may be of any", Heyuan2022 with { Year = null }, Guangdong2021 },
    };

    public static TheoryData<string, Plan, Plan> OutOfLinePairs() => new()
    {
        { "two cities of one province are siblings", Heyuan2022, Jiangmen2022 },
        { "a city and its province's plan of another year", Heyuan2022, Guangdong2021 },
        { "one jurisdiction's plans years apart", Heyuan2022, Heyuan2019 },
        { "a county and another province's plan", Qingyuan2022, Guangdong2022 },
    };

    [Theory]
    [MemberData(nameof(InLinePairs))]
    public void PlansInLine_ArePaired_EitherWayRound(string why, Plan a, Plan b)
    {
        Assert.True(PlanLineage.InLine(a, b), why);
        Assert.True(PlanLineage.InLine(b, a), why);
    }

    [Theory]
    [MemberData(nameof(OutOfLinePairs))]
    public void PlansOutOfLine_AreNotPaired(string why, Plan a, Plan b)
    {
        Assert.False(PlanLineage.InLine(a, b), why);
        Assert.False(PlanLineage.InLine(b, a), why);
    }
}
