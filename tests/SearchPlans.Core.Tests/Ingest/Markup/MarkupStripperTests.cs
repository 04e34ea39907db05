using SearchPlans.Ingest.Markup;

namespace SearchPlans.Tests.Ingest.Markup;

public class MarkupStripperTests
{
    [Theory]
    [InlineData("<p>7.持续深化地方政府债务信息公开。</p> <p>8.加大惠民惠农政策。</p>", "7.持续深化地方政府债务信息公开。 8.加大惠民惠农政策。", "<p></p><p></p>")]
    [InlineData("## 河源市贯彻落实分工方案", "河源市贯彻落实分工方案", "##")]
    [InlineData("建设成果。**（县发改局牵头负责）**加强稳进", "建设成果。（县发改局牵头负责）加强稳进", "****")]
    [InlineData("关切。（**县卫生健康局牵头负责**）", "关切。（县卫生健康局牵头负责）", "****")]
    public void Markup_IsRemovedAndRemembered(string raw, string text, string removed)
    {
        var stripped = MarkupStripper.Strip(raw);
        Assert.Equal(text, stripped.Text);
        Assert.Equal(removed, stripped.RemovedMarkup);
    }

    [Theory]
    [InlineData("1. 依托政府信息公开平台")]
    [InlineData("(一) 深化行政规章、规范性文件集中公开。")]
    [InlineData("- 列表 > 引用 [链接](地址) `代码` &amp; 4*5")]
    [InlineData("    缩进的一行")]
    public void PlanTextThatLooksLikeMarkdown_IsKeptAsText(string raw)
    {
        var stripped = MarkupStripper.Strip(raw);
        Assert.Equal(raw.Trim(), stripped.Text.Trim());
        Assert.Equal("", stripped.RemovedMarkup);
    }

    [Theory]
    [InlineData("&nbsp;&nbsp;&nbsp;&nbsp;一、加强政策解读", "&nbsp;&nbsp;&nbsp;&nbsp;")]
    [InlineData("<p>&nbsp;&nbsp;一、加强政策解读</p>", "&nbsp;&nbsp;<p></p>")]
    [InlineData("&#12288;&#12288;一、加强政策解读", "&#12288;&#12288;")]
    public void SpaceEntitiesOfAPagesSourcePastedAsText_AreSpacesAndTheirSpellingMarkup(string raw, string removed)
    {
        var stripped = MarkupStripper.Strip(raw);
        Assert.Equal("一、加强政策解读", stripped.Text.Trim());
        Assert.Equal(removed, stripped.RemovedMarkup);
    }
}
