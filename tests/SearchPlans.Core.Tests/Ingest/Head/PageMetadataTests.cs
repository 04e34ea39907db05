using SearchPlans.Ingest.Head;

namespace SearchPlans.Tests.Ingest.Head;

public class PageMetadataTests
{
    [Fact]
    public void SeveralFieldsOnOneLine_AreReadEach()
    {
        var fields = PageMetadata.Read("索引号: 11370000004502323D/2024-00050 发布日期: 2024-01-18");
        Assert.Equal("11370000004502323D/2024-00050", fields["索引号"]);
        Assert.Equal("2024-01-18", fields["发布日期"]);
    }

    [Fact]
    public void FieldTableOfAPage_EndsEachValueAtItsCell()
    {
        var fields = PageMetadata.Read("发布机构:\t某某市人民政府办公室\t生成日期:\t2021-05-20\t备用\t");
        Assert.Equal("某某市人民政府办公室", fields["发布机构"]);
        Assert.Equal("2021-05-20", fields["生成日期"]);
    }

    [Fact]
    public void LabelsWithSpacesAndBracketStyles_AreRead()
    {
        Assert.Equal("广东省卫生健康委员会", PageMetadata.Read("发布机构: 广东省卫生健康委员会")["发布机构"]);
        Assert.Equal("长府办〔2022〕8号", PageMetadata.Read("  • 发文字号:长府办〔2022〕8号")["发文字号"]);
        Assert.Equal("石家庄市人民政府办公室", PageMetadata.Read("•【制定机关】石家庄市人民政府办公室•【公布日期】2019.06.25")["制定机关"]);
        Assert.True(PageMetadata.IsFieldLine("索 引 号:"));
    }

    [Fact]
    public void SentenceMentioningASource_IsNotAFieldLine() =>
        Assert.False(PageMetadata.IsFieldLine("各单位要按照来源：文件要求做好公开"));
}
