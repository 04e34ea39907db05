using SearchPlans.Ingest.Head;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Head;

public class FileNameHintsTests
{
    private static readonly PlanHead Empty = new(null, null, null, null, null);

    [Fact]
    public void PinyinNameWithLevel_IsFoundInTheListOfDivisions()
    {
        Assert.Equal(new Jurisdiction("台山市", AdminLevel.County, "广东省", City: "江门市"), FileNameHints.JurisdictionOf("taishan-county-2021.txt", Empty));
        Assert.Equal("宣城市", FileNameHints.JurisdictionOf("xuancheng-city-2022.txt", Empty)!.Name);
        Assert.Equal(AdminLevel.Province, FileNameHints.JurisdictionOf("beijing-province-2024-outline.txt", Empty)!.Level);
    }

    [Fact]
    public void ChineseName_IsReadLikeATitle() =>
        Assert.Equal("台山市", FileNameHints.JurisdictionOf("台山市2021年政务公开工作任务分工.docx", Empty)!.Name);

    [Theory]
    [InlineData("post_2448055.html")]
    [InlineData("plan-2021.txt")]
    [InlineData("nowhere-city-2021.txt")]
    public void NameThatNamesNoKnownPlace_GivesNone(string file) => Assert.Null(FileNameHints.JurisdictionOf(file, Empty));

    [Fact]
    public void YearInTheName_IsRead()
    {
        Assert.Equal(2021, FileNameHints.YearOf("taishan-county-2021.txt"));
        Assert.Null(FileNameHints.YearOf("post_2448055.html"));
    }
}

public class PlaceListTests
{
    [Fact]
    public void CountyLevelCity_IsReadAsACounty()
    {
        Assert.Equal(AdminLevel.County, PlaceList.LevelOf("台山市"));
        Assert.Equal(AdminLevel.City, PlaceList.LevelOf("江门市"));
    }

    [Fact]
    public void PlaceOrBodyNamedAfterOne_LiesInItsProvince_UnlessTheNameIsShared()
    {
        Assert.Equal("安徽省", PlaceList.ProvinceOf("合肥市商务局"));
        Assert.Equal("广西壮族自治区", PlaceList.ProvinceOf("柳江区"));
        Assert.Null(PlaceList.ProvinceOf("朝阳区"));
    }
}
