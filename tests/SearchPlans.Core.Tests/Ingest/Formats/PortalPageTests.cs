using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Model;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>A plan's page on a government portal: only the article is the plan; the rest is kept, counted and set apart.</summary>
public sealed class PortalPageTests
{
    private const string Zhanjiang = "004_7faa7dbd0abcd0a1.txt";

    private static IngestResult Read(IEnumerable<DocumentBlock> blocks, HtmlPageWriter.Page page, string charset = "utf-8") =>
        new PlanIngester().IngestDocument("page.html", HtmlPageWriter.Write(blocks, page, charset));

    private static readonly HtmlPageWriter.Page Page = new("宣城市人民政府办公室", "2022-03-01", "11341800003/2022-00042",
        [("宣城市2022年政务公开工作要点分工方案.docx", "./P020220301.docx"), ("分工方案.xls", "/files/2022/fgfa.xls")]);

    [Fact]
    public void APortalPage_KeepsItsNavigationShareButtonsRelatedLinksAndFooterAsPageChrome()
    {
        var result = Read(SeedDocuments.Blocks(Zhanjiang), Page);

        var chrome = string.Join("\n", result.Plan!.Remainder.Where(r => r.Kind == RemainderKind.PageChrome).Select(r => r.Text));
        foreach (var piece in new[] { "首页", "当前位置", "分享到", "打印本页", "相关链接", "国务院办公厅关于印发政务公开工作要点的通知", "网站标识码", "人民政府门户网站" })
            Assert.Contains(piece, chrome);
        var requirements = string.Join("\n", result.Plan.Requirements.Select(r => r.Text + r.UnitsText));
        Assert.DoesNotContain("分享到", requirements);
        Assert.DoesNotContain("相关链接", requirements);
        Assert.DoesNotContain("不是正文", TextAccount.Collected(result));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted"));
    }

    [Fact]
    public void APortalPage_ListsItsAttachmentsOnThePlan()
    {
        var result = Read(SeedDocuments.Blocks(Zhanjiang), Page);

        Assert.Equal([new Attachment("宣城市2022年政务公开工作要点分工方案.docx", "./P020220301.docx"), new Attachment("分工方案.xls", "/files/2022/fgfa.xls")],
            result.Plan!.Attachments);
    }

    [Fact]
    public void APageOfATableAlone_TakesItsPlaceAndYearFromThePageFields()
    {
        var table = new TableBlock([
            ["工作任务", "具体要求", "责任单位"],
            ["一、深化政策解读", "1.围绕重大政策开展解读，做到解读材料与政策文件同步起草、同步审签。", "市政府办公室"],
            ["", "2.加强政务舆情回应，及时回应社会关切。", "各县（市、区）政府"],
        ]);

        var result = Read([table], Page, charset: "gb2312");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("宣城市", result.Plan!.Jurisdiction.Name);
        Assert.Equal(2022, result.Plan.Year);
        Assert.Equal(2, result.Plan.Requirements.Count);
    }

    [Fact]
    public void APageThatOnlyAnnouncesItsPlan_SaysTheAttachmentHoldsIt()
    {
        var notice = new[] { "各县（市、区）人民政府，市政府各部门：", "现将有关事项通知如下，请认真贯彻执行。" }.Select(t => new ParagraphBlock(t));

        var result = Read(notice, Page);

        Assert.False(result.Succeeded);
        Assert.Contains("the page links 2 attachment(s) (宣城市2022年政务公开工作要点分工方案.docx, 分工方案.xls)", result.Error);
    }

    [Fact]
    public void AnArticlesOwnHeader_KeepsItsTitleWhileTheSitesHeaderIsChrome()
    {
        var html = Encoding.UTF8.GetBytes("""
            <html><body><header><a href="/">首页</a> <a href="/zwgk">政务公开</a></header>
            <article><header><h1>某市2022年政务公开工作要点</h1><p>发布时间：2022-03-01</p></header>
            <p>一、深化政策解读</p><p>（一）围绕重大政策开展解读，做到解读材料与政策文件同步起草。（市政府办公室负责）</p>
            <p>（二）做好政务舆情回应，及时回应社会关切。（各县区政府负责）</p></article></body></html>
            """);

        var result = new PlanIngester().IngestDocument("page.html", html);

        Assert.Equal("某市2022年政务公开工作要点", result.Plan!.Title);
        Assert.Contains(result.Plan.Remainder, r => r.Kind == RemainderKind.PageChrome && r.Text == "首页 政务公开");
    }

    [Fact]
    public void APageDeclaringGb2312_IsDecodedAsItsDeclaredCharset()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>一、优化政务公开工作基础</p></body></html>");
        var gbk = Encoding.Convert(Encoding.UTF8, CodePagesGbk(), html);

        var blocks = DocumentExtractor.Extract("page.htm", gbk, LibreOfficeConverter.None)!.Blocks;

        Assert.Equal("一、优化政务公开工作基础", Assert.IsType<ParagraphBlock>(Assert.Single(blocks)).Text);
    }

    private static Encoding CodePagesGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
