using SearchPlans.Model;
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

    [Theory]
    [MemberData(nameof(Formats))]
    public void UnitsAndDeadlineInOneCellOnTwoLines_GiveTheUnitsAndTheDeadline(string format)
    {
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock("湖北省市场监督管理局2024年政务公开工作任务分工"),
            new TableBlock([
                ["序号", "工作任务", "责任处室及完成时限"],
                ["1", "公开市场主体登记注册办事指南，推行经营主体登记全程电子化。", "登记注册局\n2024年6月底前"],
                ["2", "依法公示行政处罚信息，落实“双随机、一公开”抽查结果公示。", "执法稽查局、信用监督管理处\n持续推进"],
                ["3", "发布食品安全监督抽检信息，每季度公布抽检结果。", "食品安全抽检监测处\n每季度"],
                ["4", "做好重要政策文件解读，解读材料与文件同步发布。", "办公室、法规处\n长期坚持"],
            ]),
        };

        var result = new PlanIngester().IngestDocument("分工" + format, Write(format, blocks));

        Assert.True(result.Succeeded, result.Error);
        var plan = result.Plan!;
        Assert.Equal(("hubei-scjdglj-2024", AdminLevel.Agency), (plan.Id, plan.Jurisdiction.Level));
        Assert.Equal(["1", "2", "3", "4"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["登记注册局", "执法稽查局、信用监督管理处", "食品安全抽检监测处", "办公室、法规处"], plan.Requirements.Select(r => string.Join("、", r.Units.Select(u => u.Name))));
        Assert.Equal(["2024年6月底前", "持续推进", "每季度", "长期坚持"], plan.Requirements.Select(r => r.Deadline));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TitleMergedOverTheSheet_AndAHeaderOfTwoRows_GiveTheTasksWithLeadsFromTheSecondRow(string format)
    {
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock("广州市天河区2024年政务公开工作任务分解表"),
            new TableBlock([
                ["序号", "工作任务", "责任单位", "", "完成时限"],
                ["", "", "牵头单位", "配合单位", ""],
                ["1", "公开区级重大建设项目批准、实施和竣工信息。", "区发展改革局", "区住房建设园林局", "2024年9月底前"],
                ["2", "公开义务教育招生范围、招生条件和录取结果。", "区教育局", "各街道办事处", "2024年8月底前"],
                ["3", "公开基本养老服务对象、服务内容和服务标准。", "区民政局", "", "持续推进"],
                ["4", "规范政府网站和政务新媒体管理，每季度开展检查。", "区政务服务数据管理局", "区委网信办", "每季度"],
            ]),
        };

        var result = new PlanIngester().IngestDocument("分解表" + format, Write(format, blocks));

        Assert.True(result.Succeeded, result.Error);
        var plan = result.Plan!;
        Assert.Equal(("tianhe-2024", AdminLevel.District, 2024), (plan.Id, plan.Jurisdiction.Level, plan.Year));
        Assert.Equal("广州市天河区2024年政务公开工作任务分解表", plan.Title);
        Assert.Equal(["1", "2", "3", "4"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["区发展改革局", "区教育局", "区民政局", "区政务服务数据管理局"], plan.Requirements.Select(r => r.LeadUnits.Single()));
        Assert.Equal(["区住房建设园林局", "各街道办事处"], plan.Requirements.Take(2).Select(r => r.Units[1].Name));
        Assert.Equal(["2024年9月底前", "2024年8月底前", "持续推进", "每季度"], plan.Requirements.Select(r => r.Deadline));
    }
}
