using SearchPlans.Ingest;
using SearchPlans.Ingest.Decoding;

namespace SearchPlans.Tests.Ingest.Shapes;

/// <summary>Cases the parser's property tests found: input a converter can produce, where text used to vanish.</summary>
public class RunTogetherHeaderTests
{
    private static IngestResult Read(string text) => new PlanIngester().Ingest("case.txt", new DecodedText(text, "UTF-8"));

    [Fact]
    public void TwoHeaderRowsRunTogether_KeepTheFirstUnitsColumnAndLoseNothing()
    {
        const string text = "工作任务\t具体要求\t落实单位\t工作要求\t具体任务\t具体要求\t落实单位\n"
            + "一、优化政务公开工作基础\t1. 加快推进规范性文件库建设。\t市司法局\t\t\t\t市府办\n"
            + "\t2. 持续推动主动公开目录的动态更新调整。\t市直各单位\t\t\t\t\n";

        var result = Read(text);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("市司法局", result.Plan!.Requirements[0].UnitsText);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
    }

    [Fact]
    public void TwoHeadingsOfOneLevelWithoutATaskBetween_KeepTheFirstHeading()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"\t{i}.及时公开第{i}类政府信息。\n\t1.评价公开情况。\n\t区政府办\n\n"));
        var text = "\t任务\n\t评价标准\n\t责任单位\n\n\t（一）推进重要部署执行公开。\n\t（二）加强政策解读。\n" + rows;

        var result = Read(text);

        Assert.Equal("", TextAccount.Unaccounted(text, result));
        Assert.Contains(result.Plan!.Remainder, r => r.Text == "（一）推进重要部署执行公开。");
    }
}
