using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Layouts;

public class LayoutTests
{
    private static Plan Plan(string file) => LayoutPlans.Plan(file);

    private static string Units(Requirement r) => LayoutPlans.Units(r);

    [Fact]
    public void EveryLayout_IsReadWithEveryIdItsOwnAndNoTextLost()
    {
        foreach (var result in LayoutPlans.Results)
        {
            Assert.True(result.Succeeded, $"{result.SourceName}: {result.Error}");
            Assert.Equal(result.Plan!.Requirements.Count, result.Plan.Requirements.Select(r => r.Id).Distinct().Count());
            Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("article-numbered-tasks.txt", "eerduosi-2021", AdminLevel.City, "2021-05-06", 5)]
    [InlineData("attachment-contact-list-after-plan.txt", "jingdezhen-2023", AdminLevel.City, null, 3)]
    [InlineData("category-first-column-pipe-table.txt", "jiangsu-2023", AdminLevel.Province, null, 6)]
    [InlineData("deadline-first-in-bracket-and-field-runs.txt", "deyang-2024", AdminLevel.City, null, 5)]
    [InlineData("fields-on-own-lines-after-task.txt", "huichuan-2023", AdminLevel.District, "2023-03-10", 5)]
    [InlineData("fullwidth-digits-and-circled-points.txt", "lanshan-2022", AdminLevel.District, null, 7)]
    [InlineData("notice-prose-lead-and-joint-brackets.txt", "shaoxing-2023", AdminLevel.City, "2023-04-18", 5)]
    [InlineData("pdf-text-parts-page-numbers-footnote.txt", "xining-2023", AdminLevel.City, null, 5)]
    [InlineData("pdf-text-repeated-header-page-numbers.txt", "xinjian-2022", AdminLevel.District, null, 6)]
    [InlineData("plain-list-chinese-comma-and-bracketed-digits.txt", "huangdao-2024", AdminLevel.District, "2024-03-01", 6)]
    [InlineData("page-source-pasted-as-text.txt", "pingxiang-2022", AdminLevel.City, null, 3)]
    [InlineData("points-inside-a-paragraph.txt", "liuzhou-2023", AdminLevel.City, null, 4)]
    [InlineData("points-on-lines-of-their-own.txt", "huojukaifa-2023", AdminLevel.District, "2023-05-09", 5)]
    [InlineData("portal-paragraphs-fields-after-br.html", "yuelu-2023", AdminLevel.District, "2023-04-03", 4)]
    [InlineData("portal-table-category-rowspan-repeated-header.html", "zibo-wsjkwyh-2022", AdminLevel.Agency, "2022-06-07", 5)]
    [InlineData("portal-table-merged-task-rows.html", "yichang-2022", AdminLevel.City, "2022-05-18", 6)]
    [InlineData("portal-table-section-rows-and-numbered-cells.html", "xiangyang-2022", AdminLevel.City, null, 5)]
    [InlineData("responsibility-and-deadline-in-one-bracket.txt", "jiujiang-2022", AdminLevel.City, null, 6)]
    [InlineData("table-deadline-before-units-with-remarks.txt", "luoyang-2023", AdminLevel.City, null, 6)]
    [InlineData("traditional-script-fullwidth-indent.txt", "huangbu-2021", AdminLevel.District, "2021-04-26", 5)]
    [InlineData("units-lead-marked-in-prose.txt", "sucheng-2022", AdminLevel.District, "2022-03-28", 4)]
    [InlineData("csv-ledger-title-rows-quoted-multiline-cells.csv", "heshan-2024", AdminLevel.District, null, 6)]
    [InlineData("tasks-under-headings-units-in-trailing-line.txt", "linyi-jyj-2023", AdminLevel.Agency, "2023-03-20", 5)]
    [InlineData("bracketed-digit-tasks-ongoing-deadlines.txt", "fujian-2025", AdminLevel.Province, "2025-04-08", 7)]
    [InlineData("township-short-lead-and-joint-labels.txt", "linchengzhen-2024", AdminLevel.Township, "2024-03-15", 4)]
    [InlineData("portal-table-header-cells-strong.html", "qingjiangpu-2023", AdminLevel.District, "2023-04-12", 4)]
    [InlineData("prose-plan-then-attached-task-table.txt", "yongding-2022", AdminLevel.District, null, 4)]
    [InlineData("lenticular-bracket-field-labels.txt", "anyuan-2024", AdminLevel.County, "2024-04-12", 5)]
    [InlineData("closing-clauses-numbered-before-attachment-list.txt", "xintian-2023", AdminLevel.County, "2023-04-17", 5)]
    [InlineData("outline-points-then-attached-task-table-titled.txt", "ningling-2023", AdminLevel.County, "2023-04-20", 4)]
    [InlineData("points-each-assigned-or-sharing-one-bracket.txt", "jingan-2022", AdminLevel.County, "2022-03-25", 7)]
    [InlineData("outline-points-then-attached-outline-of-assignments.txt", "rucheng-2023", AdminLevel.County, "2023-04-25", 5)]
    public void EveryLayout_GivesItsPlaceYearDateAndRequirementCount(string file, string id, AdminLevel level, string? issued, int requirements)
    {
        var plan = Plan(file);
        Assert.Equal((id, level, issued, requirements),
            (plan.Id, plan.Jurisdiction.Level, plan.Issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), plan.Requirements.Count));
    }

    [Fact]
    public void DeadlineAfterACommaInTheUnitsBracket_IsTheDeadline_NotAUnit()
    {
        var plan = Plan("responsibility-and-deadline-in-one-bracket.txt");
        Assert.Equal(["2022年12月底前", "长期坚持", "每季度", "2022年第三季度", "12月31日前", "及时"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("市司法局、各县（市、区）政府", Units(plan.Requirements[0]));
        Assert.DoesNotContain(plan.Requirements.SelectMany(r => r.Units), u => u.Name.Contains("时限", StringComparison.Ordinal));
    }

    [Fact]
    public void NoticeWithNumberAddresseesAndCopyList_KeepsItsHeadAndColophonOutOfTheRequirements()
    {
        var plan = Plan("notice-prose-lead-and-joint-brackets.txt");
        Assert.Equal(("绍政办发〔2023〕12号", "绍兴市人民政府办公室", "2023年绍兴市政务公开工作要点"), (plan.DocNumber, plan.Issuer, plan.Title));
        Assert.Equal(["市经信局"], plan.Requirements[0].LeadUnits);
        Assert.Equal("市经信局、市发改委、市财政局、各区、县（市）政府", Units(plan.Requirements[0]));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("抄送", StringComparison.Ordinal) || r.Text.Contains("印发给你们", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Signature && r.Text.StartsWith("抄送", StringComparison.Ordinal));
    }

    [Fact]
    public void FieldLinesUnderEachTask_GiveItsUnitsAndDeadline_AndTheSignatureItsDate()
    {
        var plan = Plan("fields-on-own-lines-after-task.txt");
        Assert.Equal(["2023年9月底前", "持续推进", "全年", "按规定时限", "2023年6月底前"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("区发改局、区住建局、各镇（街道）", Units(plan.Requirements[1]));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("人民政府办公室", StringComparison.Ordinal));
    }

    [Fact]
    public void ClausesNumberedAsArticles_AreTheTasks_WithTheirBracketedUnits()
    {
        var plan = Plan("article-numbered-tasks.txt");
        Assert.Equal(["一", "二", "三", "四", "五"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(("公开年度财政预算、决算报告，各部门预决算在批复后20日内公开。", "市财政局", "2021年6月底前"),
            (plan.Requirements[1].Text, Units(plan.Requirements[1]), plan.Requirements[1].Deadline));
        Assert.Equal("各旗区人民政府、市直各部门", Units(plan.Requirements[4]));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Preamble && r.Text.StartsWith("为做好", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text == "第六条　本方案由市人民政府办公室负责解释。");
    }

    [Fact]
    public void PointsRunInAsYiShiErShi_StayInTheTaskTheirBracketCloses()
    {
        var plan = Plan("points-inside-a-paragraph.txt");
        Assert.All(plan.Requirements.Take(3), r => Assert.Contains("二是", r.Text, StringComparison.Ordinal));
        Assert.Equal(["市政府办公室"], plan.Requirements[0].LeadUnits);
        Assert.Equal("2023年底前", plan.Requirements[2].Deadline);
    }

    [Fact]
    public void NumberCellMergedOverRows_GivesEachRowAnIdOfItsOwn_AndTheTaskColumnItsSection()
    {
        var plan = Plan("portal-table-merged-task-rows.html");
        Assert.Equal(["加强市场主体权益保护信息公开", "加强市场主体权益保护信息公开", "做好民生保障信息公开", "做好民生保障信息公开", "做好民生保障信息公开", "提升政府网站和政务新媒体建设水平"],
            plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal("公开“双随机、一公开”抽查计划和结果，依法公示行政处罚信息。", plan.Requirements[1].Text);
        Assert.Equal(("市住建局", "2022年9月底前"), (Units(plan.Requirements[3]), plan.Requirements[3].Deadline));
    }

    [Theory]
    [InlineData("portal-table-merged-task-rows.html")]
    [InlineData("category-first-column-pipe-table.txt")]
    [InlineData("pdf-text-repeated-header-page-numbers.txt")]
    public void UnitsUnderTheLeadColumn_LeadAndThoseBesideThemDoNot(string file)
    {
        var first = Plan(file).Requirements[0];
        Assert.Single(first.LeadUnits);
        Assert.Equal(first.Units[0].Name, first.LeadUnits.Single());
        Assert.All(first.Units.Skip(1), u => Assert.False(u.IsLead));
    }

    [Fact]
    public void PipeTableWhoseFirstColumnIsACategory_FindsItsHeaderAndGivesTheCategoryAsSection()
    {
        var plan = Plan("category-first-column-pipe-table.txt");
        Assert.Equal(["政策公开", "政策公开", "政务服务", "政务服务", "平台建设", "平台建设"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal(("省发展改革委、省工业和信息化厅、省商务厅", "全年"), (Units(plan.Requirements[1]), plan.Requirements[1].Deadline));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.TableHeader && r.Text.StartsWith("类别", StringComparison.Ordinal));
    }

    [Fact]
    public void DeadlineColumnBeforeTheUnits_AndRemarks_AreReadByTheirColumns()
    {
        var plan = Plan("table-deadline-before-units-with-remarks.txt");
        Assert.Equal(("每次会议后3个工作日内", "市政府办公室"), (plan.Requirements[0].Deadline, Units(plan.Requirements[0])));
        Assert.Equal("市政府督查室、市直有关部门", Units(plan.Requirements[3]));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("涉密内容除外", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Text == "涉密内容除外");
    }

    [Fact]
    public void PageTableWithCategoryBeforeTheNumber_RepeatedHeaderAndRemarks_GivesOnlyTheTasks()
    {
        var plan = Plan("portal-table-category-rowspan-repeated-header.html");
        Assert.Equal(["1", "2", "3", "4", "5"], plan.Requirements.Select(r => r.Number));
        Assert.Equal("公开医疗机构设置审批、执业登记和校验信息。", plan.Requirements[0].Text);
        Assert.Equal(("医政医管科", "2022年10月底前"), (Units(plan.Requirements[1]), plan.Requirements[1].Deadline));
        Assert.Equal("按规定发布法定传染病疫情信息。", plan.Requirements[2].Text);
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text == "按上级要求发布");
        Assert.Equal(2, plan.Remainder.Count(r => r.Kind == RemainderKind.TableHeader));
    }

    [Fact]
    public void PdfTableRowBrokenInsideItsTaskCell_IsOneRow_AndPageNumbersAndRepeatedHeadersAreDropped()
    {
        var plan = Plan("pdf-text-repeated-header-page-numbers.txt");
        var third = plan.Requirements[2];
        Assert.Equal(("公开重大建设项目批准、实施和竣工信息，接受社会监督。", "区发改委、区住建局", "持续推进"), (third.Text, Units(third), third.Deadline));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("- 3 -", StringComparison.Ordinal) || r.Text.Contains("序号", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Text.StartsWith("注：", StringComparison.Ordinal));
    }

    [Fact]
    public void CircledPointsClosedByOneBracketOnItsOwnLine_AllTakeItsUnitsAndDeadline()
    {
        var plan = Plan("fullwidth-digits-and-circled-points.txt");
        var points = plan.Requirements.Where(r => r.Number is "①" or "②" or "③").ToList();
        Assert.Equal(3, points.Count);
        Assert.All(points, p => Assert.Equal(("区民政局、各街道办事处、镇人民政府", "每月"), (Units(p), p.Deadline)));
        Assert.Equal(("区财政局", "２０２２年１０月底前"), (Units(plan.Requirements[0]), plan.Requirements[0].Deadline));
        Assert.Equal(2022, plan.Year);
    }

    [Fact]
    public void FieldsRunInAfterTheTask_EndAtTheirStop()
    {
        var plan = Plan("plain-list-chinese-comma-and-bracketed-digits.txt");
        Assert.Equal(["2024年6月30日前", "长期坚持", "2024年8月31日前", "全年", "按规定时限", "及时"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["一、推进政府信息主动公开", "1、加强规章和规范性文件公开"], plan.Requirements[0].SectionPath);
        Assert.Equal("区卫生健康局、区医保局", Units(plan.Requirements[3]));
    }

    [Fact]
    public void PageParagraphsWithFieldsAfterLineBreaks_GiveUnitsAndDeadlines_AndTheAttachmentListIsNoTask()
    {
        var plan = Plan("portal-paragraphs-fields-after-br.html");
        Assert.Equal(["2023年7月底前", "持续推进", "每月", "2023年9月底前"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("区发改局、区工信局", Units(plan.Requirements[0]));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.StartsWith("附件", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Signature && r.Text.StartsWith("长沙市岳麓区人民政府办公室", StringComparison.Ordinal));
    }

    [Fact]
    public void TraditionalScriptWithFullWidthIndent_ReadsItsUnitsAndTheDeadlineInTheirBracket()
    {
        var plan = Plan("traditional-script-fullwidth-indent.txt");
        Assert.Equal("黄埔区", plan.Jurisdiction.Name);
        Assert.Equal(("各街道辦事處、鎮人民政府", "2021年10月底前"), (Units(plan.Requirements[2]), plan.Requirements[2].Deadline));
        Assert.Equal("持續推進", plan.Requirements[1].Deadline);
    }

    [Fact]
    public void PdfTextWrappedAtThePageWidth_JoinsItsLines_AndAFootnoteIsNoPoint()
    {
        var plan = Plan("pdf-text-parts-page-numbers-footnote.txt");
        Assert.Equal(["1", "2", "3", "4", "5"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["第一部分　深化重点领域信息公开", "二、公共资源配置信息公开"], plan.Requirements[2].SectionPath);
        Assert.Equal("推进公共资源交易全流程信息公开，交易结果按规定时限在公共资源交易平台发布。", plan.Requirements[2].Text);
        Assert.Equal("市委网信办", Units(plan.Requirements[4]));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.StartsWith("①《政府采购", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitsNamedInASentenceAfterTheTask_AreItsUnits()
    {
        var plan = Plan("units-lead-marked-in-prose.txt");
        Assert.Equal(["区司法局"], plan.Requirements[0].LeadUnits);
        Assert.Equal("区司法局、区各有关部门", Units(plan.Requirements[0]));
        Assert.Equal(("区政府督查室", "2022年11月底前"), (Units(plan.Requirements[2]), plan.Requirements[2].Deadline));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.EndsWith("负责。", StringComparison.Ordinal));
    }

    [Fact]
    public void BracketOpeningWithItsDeadline_GivesTheDeadlineAndTheUnits()
    {
        var plan = Plan("deadline-first-in-bracket-and-field-runs.txt");
        Assert.Equal(["2024年6月底前完成", "持续推进", "2024年上半年", "年内完成", "每年"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["市政府办公室、市司法局", "市政府办公室、市直各部门", "市政务服务中心", "各县（市、区）人民政府", "市民政局、市农业农村局"], plan.Requirements.Select(Units));
        Assert.Equal("做好政策文件发布。市政府及其部门制发的政策文件，除依法不予公开的外，在印发后20个工作日内公开。", plan.Requirements[0].Text);
    }

    [Fact]
    public void PageTableWithSectionRowsAcrossIt_AndSeveralNumberedTasksInACell_GivesEachTaskItsSectionAndUnits()
    {
        var plan = Plan("portal-table-section-rows-and-numbered-cells.html");
        Assert.Equal(["1", "2", "3", "4", "5"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["一、持续深化重点领域信息公开"], plan.Requirements[1].SectionPath);
        Assert.Equal(("市财政局", "2022年10月底前"), (Units(plan.Requirements[1]), plan.Requirements[1].Deadline));
        Assert.Equal("市发改委、市住建局", Units(plan.Requirements[2]));
    }

    [Fact]
    public void PointsYiShiErShiOnLinesOfTheirOwn_AreEachATaskWithItsBracket_InTheZoneThatIssuesThem()
    {
        var plan = Plan("points-on-lines-of-their-own.txt");
        Assert.Equal(["一、加强重点领域信息公开"], plan.Requirements[1].SectionPath);
        Assert.StartsWith("二是公开园区规划调整", plan.Requirements[1].Text, StringComparison.Ordinal);
        Assert.Equal(["区规划和自然资源分局"], plan.Requirements[1].LeadUnits);
        Assert.Equal("中山市火炬开发区管委会办公室", plan.Issuer);
        Assert.Equal(("火炬开发区", "广东省"), (plan.Jurisdiction.Name, plan.Jurisdiction.Province));
    }

    [Fact]
    public void AttachmentAfterThePlanHoldingNoTasks_IsANoteNotTheLastTasksText()
    {
        var plan = Plan("attachment-contact-list-after-plan.txt");
        Assert.Equal("规范政府网站和政务新媒体管理，每季度开展检查。", plan.Requirements[^1].Text);
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.Contains("联系电话", StringComparison.Ordinal));
    }

    [Fact]
    public void PageSourcePastedAsText_ReadsItsOutlineWithoutItsTagsOrSpaceEntities()
    {
        var plan = Plan("page-source-pasted-as-text.txt");
        Assert.Equal(["一、加强政策解读"], plan.Requirements[0].SectionPath);
        Assert.Equal(("市委网信办", "长期坚持"), (Units(plan.Requirements[1]), plan.Requirements[1].Deadline));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("&nbsp", StringComparison.Ordinal) || r.UnitsText.Contains("&nbsp", StringComparison.Ordinal));
    }
}
