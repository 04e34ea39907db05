using SearchPlans.Ingest.Outline;

namespace SearchPlans.Tests.Ingest.Outline;

public class FootnotesTests
{
    [Fact]
    public void CircledNumberAfterAWord_MarksAFootnote_AndTheLineOpeningWithItIsTheNote()
    {
        var marks = Footnotes.MarksIn(["落实《政府采购信息发布管理办法》①有关要求。", "①《政府采购信息发布管理办法》（财政部令第101号）。"]);
        Assert.True(Footnotes.Opens("①《政府采购信息发布管理办法》（财政部令第101号）。", marks));
    }

    [Fact]
    public void PointsAfterAColonOrOnTheirOwnLines_AreNoFootnotes()
    {
        var marks = Footnotes.MarksIn(["做好社会救助信息公开工作：①公开认定条件；②按月公开发放情况。", "③公开临时救助审批结果。"]);
        Assert.Empty(marks);
    }
}
