using SearchPlans.Align.Scope;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Scope;

/// <summary>Plans in line are a plan and those it carries out, its own neighbouring years, and citations; never siblings.</summary>
public sealed class PlanLineageTests
{
    private static Plan Plan(string name, AdminLevel level, string? province, int? year, params CitedDocument[] cites) =>
        Plan(new Jurisdiction(name, level, province), year, cites);

    private static Plan Plan(Jurisdiction jurisdiction, int? year, params CitedDocument[] cites) =>
        new($"{jurisdiction.Name}-{year}", $"{jurisdiction.Name}{year}年政务公开工作要点", jurisdiction, year, null, null, null, cites, [], [], [],
            jurisdiction.Name + ".txt");

    private static readonly Plan Nation2022 = Plan("国务院办公厅", AdminLevel.National, null, 2022);
    private static readonly Plan Guangdong2022 = Plan("广东省", AdminLevel.Province, "广东省", 2022);
    private static readonly Plan Heyuan2022 = Plan("河源市", AdminLevel.City, "广东省", 2022);
    private static readonly Plan Jiangmen2022 = Plan("江门市", AdminLevel.City, "广东省", 2022);
    private static readonly Plan Taishan2022 = Plan(new Jurisdiction("台山市", AdminLevel.County, "广东省", City: "江门市"), 2022);
    private static readonly Plan Kaiping2022 = Plan(new Jurisdiction("开平市", AdminLevel.County, "广东省", City: "江门市"), 2022);
    private static readonly Plan Taicheng2022 = Plan(new Jurisdiction("台城街道", AdminLevel.Township, "广东省", "江门市", "台山市"), 2022);
    private static readonly Plan Dasha2022 = Plan(new Jurisdiction("大沙镇", AdminLevel.Township, "广东省"), 2022);
    private static readonly Plan TaishanFinance2022 = Plan(new Jurisdiction("台山市财政局", AdminLevel.Agency, "广东省", "江门市", "台山市"), 2022);
    private static readonly Plan KaipingFinance2022 = Plan(new Jurisdiction("开平市财政局", AdminLevel.Agency, "广东省", "江门市", "开平市"), 2022);
    private static readonly Plan GuangdongHealth2022 = Plan(new Jurisdiction("广东省卫生健康委", AdminLevel.Agency, "广东省"), 2022);
    private static readonly Plan Unread2022 = Plan("某单位政务公开工作要点", AdminLevel.Unknown, "广东省", 2022);
    private static readonly Plan NanjingGulou2022 = Plan(new Jurisdiction("鼓楼区", AdminLevel.District, "江苏省", City: "南京市"), 2022);
    private static readonly Plan FuzhouStreet2022 = Plan(new Jurisdiction("东街街道", AdminLevel.Township, "福建省", "福州市", "鼓楼区"), 2022);
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
        { "a township carries out its county's plan", Taicheng2022, Taishan2022 },
        { "a township carries out its city's plan", Taicheng2022, Jiangmen2022 },
        { "a township carries out its province's plan", Taicheng2022, Guangdong2022 },
        { "a township whose county is unknown still carries out its province's plan", Dasha2022, Guangdong2022 },
        { "an agency carries out its own government's plan", TaishanFinance2022, Taishan2022 },
        { "a county's agency carries out its city's plan", TaishanFinance2022, Jiangmen2022 },
        { "a province's agency carries out its province's plan", GuangdongHealth2022, Guangdong2022 },
        { "a plan whose level is unknown may be of any tier of its province", Unread2022, Taicheng2022 },
    };

    public static TheoryData<string, Plan, Plan> OutOfLinePairs() => new()
    {
        { "two cities of one province are siblings", Heyuan2022, Jiangmen2022 },
        { "a city and its province's plan of another year", Heyuan2022, Guangdong2021 },
        { "one jurisdiction's plans years apart", Heyuan2022, Heyuan2019 },
        { "a county and another province's plan", Qingyuan2022, Guangdong2022 },
        { "two counties of one city are siblings", Taishan2022, Kaiping2022 },
        { "a township and another county of its city", Taicheng2022, Kaiping2022 },
        { "a township and its county's agency", Taicheng2022, TaishanFinance2022 },
        { "a county's agency and another county", KaipingFinance2022, Taishan2022 },
        { "two agencies do not carry out each other", TaishanFinance2022, GuangdongHealth2022 },
        { "a city and its province's agency", Jiangmen2022, GuangdongHealth2022 },
        { "a township whose county is unknown and a county of its province", Dasha2022, Taishan2022 },
        { "a street office and a district of another province with its county's name", FuzhouStreet2022, NanjingGulou2022 },
    };

    [Fact]
    public void TownshipCitingItsDistrictsNoticeWithoutBrackets_IsInLineWithTheDistrictsPlan()
    {
        var town = new PlanIngester().Ingest("town.txt", System.Text.Encoding.UTF8.GetBytes(
            "镇2024年政务公开工作要点\n按照凉州区人民政府办公室关于印发凉州区2024年政务公开工作要点的通知要求，结合实际，制定本要点。\n"
            + "一、加强政策解读\n（一）做好政策解读。全面公开、精准解读重要政策。（镇党政办负责）\n")).Plan!;
        var district = Plan(new Jurisdiction("凉州区", AdminLevel.District, "甘肃省", City: "武威市"), 2024) with { Title = "凉州区2024年政务公开工作要点" };
        var city = Plan(new Jurisdiction("武威市", AdminLevel.City, "甘肃省"), 2024);

        Assert.True(PlanLineage.InLine(town, district));
        Assert.True(PlanLineage.InLine(town, city));
    }

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
