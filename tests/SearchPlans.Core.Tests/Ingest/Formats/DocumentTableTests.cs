using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>
/// A document's own tables: read as tables even without column names, their cells exactly as the document holds them;
/// a cell merged over rows (Word's vMerge, a page's rowspan, a sheet's merged range) carries its value to every row it
/// spans, and its text is counted once.
/// </summary>
public sealed class DocumentTableTests
{
    private static readonly TableBlock Table = new([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "全面公开市级部门预算、决算，细化到功能分类项级科目。", "市财政局牵头，市直各单位", "2022年6月底前"],
        ["2", "推进部门所属单位预算、决算及相关报表公开。", "", ""],
        ["3", "做好政府债务信息公开，及时公开债务限额、余额等信息。", "", "长期坚持"],
    ]);

    public static TheoryData<string> Formats => OfficeFormats.All;

    private static byte[] Write(string format, List<DocumentBlock> blocks) => OfficeFormats.Write(format, blocks);

    [Theory]
    [MemberData(nameof(Formats))]
    public void AUnitsCellMergedOverRows_GivesEveryRowItsUnits(string format)
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock("某市2022年政务公开工作要点分工方案"), Table };

        var result = new PlanIngester().IngestDocument("plan" + format, Write(format, blocks));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["市财政局牵头，市直各单位", "市财政局牵头，市直各单位", "市财政局牵头，市直各单位"], result.Plan!.Requirements.Select(r => r.UnitsText));
        Assert.Equal(["2022年6月底前", "2022年6月底前", "长期坚持"], result.Plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(1, TextAccount.Collected(result).Split("市财政局牵头").Length - 1);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ATableWithoutColumnNames_IsReadAsATableFromWhatItsCellsHold(string format)
    {
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock("某市2022年政务公开工作要点分工方案"),
            new TableBlock([
                ["一、加强政策解读", "1.围绕重大政策开展解读，做到同步起草、同步审签。", "市政府办公室", "2022年6月底前"],
                ["", "2.做好政务舆情回应，及时回应社会关切。", "各县（市、区）政府", "长期坚持"],
            ]),
        };

        var result = new PlanIngester().IngestDocument("plan" + format, Write(format, blocks));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["市政府办公室", "各县（市、区）政府"], result.Plan!.Requirements.Select(r => r.UnitsText));
        Assert.Equal(["2022年6月底前", "长期坚持"], result.Plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("一、加强政策解读", Assert.Single(result.Plan.Sections).Title);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ACellHoldingAPipe_KeepsItAsText(string format)
    {
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock("某市2022年政务公开工作要点分工方案"),
            new TableBlock([
                ["工作任务", "责任单位", "完成时限"],
                ["1.公开“政策|解读”专栏更新情况。", "市政府办公室", "长期坚持"],
                ["2.做好政务舆情回应，及时回应社会关切。", "各县（市、区）政府", "长期坚持"],
            ]),
        };

        var result = new PlanIngester().IngestDocument("plan" + format, Write(format, blocks));

        Assert.Equal("公开“政策|解读”专栏更新情况。", result.Plan!.Requirements[0].Text);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted"));
    }
}
