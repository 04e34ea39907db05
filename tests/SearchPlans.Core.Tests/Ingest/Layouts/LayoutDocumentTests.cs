using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Layouts;

/// <summary>
/// A 台账 as offices save it in Word, a portal or a sheet: a category column merged over its rows before the row number,
/// the header printed again where the table runs onto the next page, lead and joining units in columns of their own,
/// and a remarks column.
/// </summary>
public sealed class LayoutDocumentTests
{
    private static readonly TableBlock Table = new([
        ["类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限", "备注"],
        ["财政信息", "1", "公开市级部门预算、决算和“三公”经费，细化到项级科目。", "市财政局", "市直各部门", "2023年6月底前", ""],
        ["", "2", "公开政府债务限额、余额和发行情况。", "市财政局", "", "每季度", "按省统一格式"],
        ["类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限", "备注"],
        ["平台建设", "3", "开展政府网站和政务新媒体季度检查，通报检查结果。", "市政府办公室", "市委网信办", "长期坚持", ""],
    ]);

    public static TheoryData<string> Formats => OfficeFormats.All;

    private static byte[] Write(string format, List<DocumentBlock> blocks) => OfficeFormats.Write(format, blocks);

    [Theory]
    [MemberData(nameof(Formats))]
    public void LedgerWithCategoryBeforeTheNumber_RepeatedHeaderAndRemarks_GivesTasksWithLeadsSectionsAndNotes(string format)
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock("六盘水市2023年政务公开重点工作台账"), Table };

        var result = new PlanIngester().IngestDocument("ledger" + format, Write(format, blocks));

        Assert.True(result.Succeeded, result.Error);
        var plan = result.Plan!;
        Assert.Equal(["1", "2", "3"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["财政信息", "财政信息", "平台建设"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal(["市财政局"], plan.Requirements[0].LeadUnits);
        Assert.Equal(["市财政局", "市直各部门"], plan.Requirements[0].Units.Select(u => u.Name));
        Assert.Equal(("公开政府债务限额、余额和发行情况。", "每季度"), (plan.Requirements[1].Text, plan.Requirements[1].Deadline));
        Assert.Contains(plan.Remainder, r => r.Text == "按省统一格式");
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
    }
}
