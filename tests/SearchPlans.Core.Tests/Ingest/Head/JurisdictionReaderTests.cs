using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Head;

/// <summary>Whom a plan binds, read through the whole ingester from a minimal head and table.</summary>
public class JurisdictionReaderTests
{
    private const string Table = "工作任务\t具体要求\t落实单位\n公开\t1.做好政府信息公开工作。\t县政府办公室\n";

    private static Plan Read(string head) =>
        new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(head + "\n\n" + Table)).Plan!;

    [Fact]
    public void TraditionalMasthead_IsReadAsTheGovernmentItNamesInSimplifiedScript()
    {
        var plan = Read("慶元縣人民政府辦公室文件\n\n慶元縣2022年政務公開工作要點");

        // One jurisdiction whichever script its plans are printed in, so facets and lineage join them.
        Assert.Equal(new Jurisdiction("庆元县", AdminLevel.County, "浙江省", City: "丽水市"), plan.Jurisdiction);
        Assert.Equal("qingyuan-2022", plan.Id);
    }

    [Fact]
    public void TraditionalTitle_GivesTheSameIdAsSimplified()
    {
        Assert.Equal("yongjia-2021", Read("永嘉縣2021年政務公開工作要點").Id);
        Assert.Equal(AdminLevel.District, Read("從化區2019年政務公開工作要點").Jurisdiction.Level);
    }

    [Fact]
    public void CityWhoseNameEndsIn州_KeepsItsFullName()
    {
        Assert.Equal("温州市", Read("温州市2021年政务公开工作要点").Jurisdiction.Name);
        Assert.Equal("广州市", Read("广州市贯彻落实省政府办公厅2022年政务公开工作要点分工方案").Jurisdiction.Name);
        Assert.Equal("黔东南苗族侗族自治州", Read("黔东南苗族侗族自治州2022年政务公开工作要点").Jurisdiction.Name);
    }

    [Theory]
    [InlineData("2022年福州市鼓楼区政务公开工作要点", "鼓楼区", AdminLevel.District, "福建省")]
    [InlineData("重庆市渝中区2022年政务公开工作要点", "渝中区", AdminLevel.District, "重庆市")]
    [InlineData("2024年柳城县大埔镇政务公开工作要点", "大埔镇", AdminLevel.Township, "广西壮族自治区")]
    [InlineData("2023年恩施土家族苗族自治州来凤县政务公开工作要点", "来凤县", AdminLevel.County, "湖北省")]
    [InlineData("2022年广东省江门市政务公开工作要点", "江门市", AdminLevel.City, "广东省")]
    [InlineData("中山市火炬开发区2023年政务公开工作任务分工", "火炬开发区", AdminLevel.District, "广东省")]
    [InlineData("2023年西安市高新区政务公开工作要点", "高新区", AdminLevel.District, "陕西省")]
    [InlineData("广州市萍杞区2024年政务公开工作要点", "萍杞区", AdminLevel.District, "广东省")]
    [InlineData("2024年赣州市萍杞县政务公开工作要点", "萍杞县", AdminLevel.County, "江西省")]
    public void PlaceNamedWithinAnother_IsTheLowerOne_InTheHigherOnesProvince(string title, string name, AdminLevel level, string province)
    {
        var read = Read(title).Jurisdiction;
        Assert.Equal((name, level, province), (read.Name, read.Level, read.Province));
    }

    // Lineage pairs a plan with the plans of the governments it lies in or belongs to, so those are read too.
    [Theory]
    [InlineData("2022年福州市鼓楼区政务公开工作要点", "福州市", null)]
    [InlineData("重庆市渝中区2022年政务公开工作要点", null, null)]
    [InlineData("北京市东城区2022年政务公开工作要点", null, null)]
    [InlineData("2024年柳城县大埔镇政务公开工作要点", "柳州市", "柳城县")]
    [InlineData("2023年恩施土家族苗族自治州来凤县政务公开工作要点", "恩施土家族苗族自治州", null)]
    [InlineData("中山市火炬开发区2023年政务公开工作任务分工", "中山市", null)]
    [InlineData("台山市2021年政务公开工作要点", "江门市", null)]
    [InlineData("台山市财政局2024年政务公开工作要点", "江门市", "台山市")]
    [InlineData("2022年江门市财政局政务公开工作要点", "江门市", null)]
    [InlineData("广东省卫生健康委2021年政务公开工作重点任务台账", null, null)]
    [InlineData("江门市2022年政务公开工作要点", null, null)]
    [InlineData("2024年萍杞县萍杞镇政务公开工作要点", null, "萍杞县")]
    [InlineData("萍杞市萍杞县2024年政务公开工作要点", "萍杞市", null)]
    [InlineData("东莞市虎门镇2024年政务公开工作要点", "东莞市", null)]
    [InlineData("2024年萍杞镇政务公开工作要点", null, null)]
    [InlineData("台山市人民政府办公室文件\n\n2021年政务公开工作要点", "江门市", null)]
    [InlineData("萍杞省萍杞市萍杞县2024年政务公开工作要点", "萍杞市", null)]
    [InlineData("江门市新会区会城街道2024年政务公开工作要点", "江门市", "新会区")]
    [InlineData("2024年新会区会城街道政务公开工作要点", "江门市", "新会区")]
    [InlineData("攸县崂泾镇2024年政务公开工作要点", "株洲市", "攸县")]
    [InlineData("萍杞镇人民政府文件\n\n萍杞县萍杞镇2024年政务公开工作要点", null, "萍杞县")]
    [InlineData("萍杞市林业局文件\n\n萍杞市林业局贯彻落实市政府办公室2026年政务公开工作要点分工方案", "萍杞市", null)]
    public void GovernmentsAbove_AreReadFromTheTitleAndTheListOfDivisions(string head, string? city, string? county)
    {
        var read = Read(head).Jurisdiction;
        Assert.Equal((city, county), (read.City, read.County));
    }

    // Places newer than the list are known by the places named before them and the title going on after them.
    [Theory]
    [InlineData("江门市财政局贯彻落实2022年政务公开工作要点分工方案", "江门市财政局", AdminLevel.Agency, "广东省")]
    [InlineData("萍杞省萍杞市2024年政务公开工作要点", "萍杞市", AdminLevel.City, "萍杞省")]
    [InlineData("萍杞省萍杞市财政局2024年政务公开工作要点", "萍杞市财政局", AdminLevel.Agency, "萍杞省")]
    [InlineData("萍杞省萍杞市萍杞县2024年政务公开工作要点", "萍杞县", AdminLevel.County, "萍杞省")]
    [InlineData("萍杞省财政厅贯彻落实2026年政务公开工作要点分工方案", "萍杞省财政厅", AdminLevel.Agency, "萍杞省")]
    [InlineData("攸县崂泾镇2024年政务公开工作要点", "崂泾镇", AdminLevel.Township, "湖南省")]
    [InlineData("江门市新会区会城街道2024年政务公开工作要点", "会城街道", AdminLevel.Township, "广东省")]
    public void PlaceOrBodyNamedAfterAHigherPlace_IsReadWithTheHigherOnesProvince(string title, string name, AdminLevel level, string province)
    {
        var read = Read(title).Jurisdiction;
        Assert.Equal((name, level, province), (read.Name, read.Level, read.Province));
    }

    [Fact]
    public void TownOfACityWithoutCounties_IsTheTownWithinTheCity()
    {
        var read = Read("东莞市虎门镇2024年政务公开工作要点").Jurisdiction;
        Assert.Equal(("虎门镇", AdminLevel.Township, "广东省", "东莞市"), (read.Name, read.Level, read.Province, read.City));
    }

    [Theory]
    [InlineData("城关街道办事处2023年政务公开工作要点", "城关街道", AdminLevel.Township)]
    [InlineData("国家税务总局2020年政务公开工作要点", "国家税务总局", AdminLevel.Agency)]
    [InlineData("财政部2021年政务公开工作要点", "财政部", AdminLevel.Agency)]
    public void StreetOfficesAndStateCouncilDepartments_AreRead(string title, string name, AdminLevel level) =>
        Assert.Equal((name, level), (Read(title).Jurisdiction.Name, Read(title).Jurisdiction.Level));

    // No list of divisions names most townships: the year before the name, and the title going on after it, say it is
    // one; a county named before it is where it is, not its name.
    [Theory]
    [InlineData("2024年萍杞镇政务公开重点工作任务分工", "萍杞镇")]
    [InlineData("2024年萍杞乡政务公开工作要点", "萍杞乡")]
    [InlineData("2024年萍杞街道政务公开重点工作任务分工", "萍杞街道")]
    [InlineData("2023年度萍杞镇人民政府政务公开工作要点", "萍杞镇")]
    [InlineData("2024年萍杞街道办事处信息公开工作要点", "萍杞街道")]
    [InlineData("萍杞县萍杞镇2024年政务公开工作要点", "萍杞镇")]
    [InlineData("柳城县大埔镇2024年政务公开工作要点", "大埔镇")]
    [InlineData("城区街道2024年政务公开工作要点", "城区街道")]
    public void UnlistedTownship_AfterTheYear_IsTheTownship(string title, string name)
    {
        var jurisdiction = Read(title).Jurisdiction;
        Assert.Equal((name, AdminLevel.Township), (jurisdiction.Name, jurisdiction.Level));
    }

    [Theory]
    [InlineData("2024年萍杞县人民政府办公室政务公开工作要点", "萍杞县", AdminLevel.County)]
    [InlineData("萍杞市人民政府2024年政务公开工作要点", "萍杞市", AdminLevel.City)]
    [InlineData("2024年萍杞县教育局政务公开工作要点", "萍杞县教育局", AdminLevel.Agency)]
    public void AGovernmentsOwnOfficeInTheTitle_IssuesTheGovernmentsPlan(string title, string name, AdminLevel level) =>
        Assert.Equal((name, level), (Read(title).Jurisdiction.Name, Read(title).Jurisdiction.Level));

    [Fact]
    public void EveryCountyOfACity_IsNoDivisionOfIt() =>
        Assert.Equal(("萍杞市", AdminLevel.City), (Read("萍杞市各县区2024年政务公开工作要点").Jurisdiction.Name, Read("萍杞市各县区2024年政务公开工作要点").Jurisdiction.Level));

    [Theory]
    [InlineData("2024年全县乡镇政务公开工作要点")]
    [InlineData("2024年住房和城乡建设局政务公开工作要点")]
    [InlineData("2024年乡村振兴局政务公开工作要点")]
    public void WordsHoldingATownshipsLevelWord_AreNoTownship(string title) =>
        Assert.NotEqual(AdminLevel.Township, Read(title).Jurisdiction.Level);

    [Theory]
    [InlineData("2022年长宁区政务公开工作要点", "changning-2022")]
    [InlineData("2022年成都市政务公开工作要点", "chengdu-2022")]
    [InlineData("2022年厦门市政务公开工作要点", "xiamen-2022")]
    [InlineData("2022年六安市政务公开工作要点", "luan-2022")]
    [InlineData("2022年长子县政务公开工作要点", "zhangzi-2022")]
    public void PlanIds_ReadPlaceNamesAsThePlacesAreCalled(string title, string id) => Assert.Equal(id, Read(title).Id);
}
