using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Layouts;

/// <summary>
/// A second set of plans written for the tests in layouts the real plans, the seeds and the first set do not show: a
/// CSV 台账 with title rows and quoted cells, a department's tasks with field lines under 1. 2., a province's （1）
/// tasks with role and deadline in one bracket, a township's short 牵头：配合：时限： labels, a portal table whose
/// header cells are &lt;td&gt;&lt;strong&gt;, and a prose 要点 with its 分工表 attached. Their place, year and count are
/// checked with the first set's in <see cref="LayoutTests"/>.
/// </summary>
public class UnseenLayoutTests
{
    private static Plan Plan(string file) => LayoutPlans.Plan(file);

    private static string Units(Requirement r) => LayoutPlans.Units(r);

    [Fact]
    public void CsvLedger_ReadsQuotedCellsAcrossLines_CategoriesAsSections_AndTheRemarkAsANote()
    {
        var plan = Plan("csv-ledger-title-rows-quoted-multiline-cells.csv");
        Assert.Equal(["1", "2", "3", "4", "5", "6"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["重点领域信息公开", "重点领域信息公开", "重点领域信息公开", "政策解读回应", "政策解读回应", "平台建设"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal(["2024年6月30日前", "每季度", "持续推进", "长期坚持", "及时", "2024年9月30日前"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("公开城乡居民最低生活保障、特困人员救助供养等社会救助政策和资金发放情况，接受群众监督。", plan.Requirements[2].Text);
        Assert.Equal("规范政务新媒体管理，开展\"僵尸号\"\"睡眠号\"清理整治。", plan.Requirements[5].Text);
        Assert.Equal(["区财政局、区直各部门", "区委网信办、区政府办公室"], new[] { plan.Requirements[0], plan.Requirements[4] }.Select(Units));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text == "涉密内容除外");
    }

    [Fact]
    public void FieldLinesUnderNumberedTasks_GiveEachTaskItsOfficesAndDeadline()
    {
        var plan = Plan("tasks-under-headings-units-in-trailing-line.txt");
        Assert.Equal(["政策法规科", "基础教育科、各县区教体局", "财务科、学生资助中心", "人事科", "办公室"], plan.Requirements.Select(Units));
        Assert.Equal([null, "2023年8月底前", null, "2023年12月底前", null], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["二、深化重点领域信息公开"], plan.Requirements[2].SectionPath);
        Assert.Equal("临沂市教育局", plan.Jurisdiction.Name);
    }

    [Fact]
    public void BracketOfUnitsWithTheirRoleThenADeadline_GivesBoth_AndLeavesTheTextClean()
    {
        var plan = Plan("bracketed-digit-tasks-ongoing-deadlines.txt");
        Assert.Equal(["持续推进", "2025年12月底前", "长期坚持", "持续推进", "2025年6月底前", "2025年9月底前", "长期坚持"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal("省发展改革委、省商务厅", Units(plan.Requirements[0]));
        Assert.Equal("省人力资源社会保障厅", Units(plan.Requirements[3]));
        Assert.Equal("及时发布稳增长、扩内需、促消费相关政策措施，做好政策集中解读。", plan.Requirements[0].Text);
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains('（'));
    }

    [Fact]
    public void ShortRoleLabels_GiveLeadAndJoiningUnitsAndTheDeadline_AndTheClosingClauseIsANote()
    {
        var plan = Plan("township-short-lead-and-joint-labels.txt");
        Assert.Equal(["每月", "2024年10月底前", "每季度", "长期坚持"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(("镇民政办、各村（社区）", "镇民政办"), (Units(plan.Requirements[0]), plan.Requirements[0].LeadUnits.Single()));
        Assert.Equal("公开农村危房改造对象名单和补助资金发放情况。", plan.Requirements[1].Text);
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text == "本计划自印发之日起施行。");
    }

    [Fact]
    public void PortalTableWithStrongHeaderCellsAndSpanningSectionRows_GivesNumbersSectionsAndEveryUnitOfABrokenCell()
    {
        var plan = Plan("portal-table-header-cells-strong.html");
        Assert.Equal(["1", "2", "3", "4"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["一、持续优化营商环境信息公开", "一、持续优化营商环境信息公开", "二、做好民生领域信息公开", "二、做好民生领域信息公开"], plan.Requirements.Select(r => r.SectionPath.Single()));
        Assert.Equal("区财政局、区教育局、区卫健委、区民政局", Units(plan.Requirements[2]));
        Assert.Equal(["区财政局"], plan.Requirements[2].LeadUnits);
        Assert.Equal(["2023年6月底前", "持续推进", "每半年", "2023年12月底前"], plan.Requirements.Select(r => r.Deadline));
    }

    [Fact]
    public void ProsePlanWithItsTaskTableAttached_ReadsTheTableRows_AndKeepsTheProse()
    {
        var plan = Plan("prose-plan-then-attached-task-table.txt");
        Assert.Equal(["1", "2", "3", "4"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["区司法局", "区财政局", "区发改局", "区政府办公室"], plan.Requirements.Select(Units));
        Assert.Equal(["2022年6月底前", "2022年9月底前", "持续推进", "每季度"], plan.Requirements.Select(r => r.Deadline));
        Assert.Contains(plan.Remainder, r => r.Text.StartsWith("二、持续深化重点领域信息公开", StringComparison.Ordinal));
        Assert.Equal("张家界市永定区2022年政务公开工作要点", plan.Title);
    }

    // The 要点's own parts assign no one; its attached 分工, an outline with field lines, assigns every task.
    [Fact]
    public void OutlineAttachmentAssigningThePlansTasks_IsTheBody_AndThePartsAboveThePreamble()
    {
        var plan = Plan("outline-points-then-attached-outline-of-assignments.txt");
        Assert.Equal(["1", "2", "3", "4", "5"], plan.Requirements.Select(r => r.Number));
        Assert.Equal(["县发展改革局、县政务服务中心", "县工业和信息化局、县直各有关单位", "县民政局", "县教育局", "县政府办公室、县委网信办"], plan.Requirements.Select(Units));
        Assert.Equal(["2023年6月底前", "持续推进", "2023年12月底前", "2023年8月底前", "长期坚持"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["县政府办公室"], plan.Requirements[4].LeadUnits);
        Assert.Equal("汝城县2023年政务公开工作要点", plan.Title);
        Assert.Contains(plan.Remainder, r => r.Text.Contains("推进社会救助信息公开", StringComparison.Ordinal));
    }

    [Fact]
    public void FieldLabelsInLenticularBrackets_GiveUnitsLeadsAndDeadline_AndLeaveTheTextClean()
    {
        var plan = Plan("lenticular-bracket-field-labels.txt");
        Assert.Equal(["县发展改革委、县工业和信息化局", "县财政局、县直各部门", "县民政局、各乡（镇）人民政府", "县教育体育局、各乡（镇）人民政府", "县司法局、县政务服务数据管理局"],
            plan.Requirements.Select(Units));
        Assert.Equal(["2024年6月底前", "2024年12月底前", "持续推进", "2024年8月底前", "长期坚持"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["县财政局"], plan.Requirements[1].LeadUnits);
        Assert.Equal(["县教育体育局"], plan.Requirements[3].LeadUnits);
        Assert.Equal("做好财政预决算信息公开。按要求公开县级部门预决算和“三公”经费，细化到项级科目。", plan.Requirements[1].Text);
        Assert.Equal("推进教育领域信息公开。公开义务教育招生入学政策、划片范围和录取结果。", plan.Requirements[3].Text);
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains('【') || r.Text.Contains('】'));
    }

    [Fact]
    public void NumberedClosingClausesBeforeANumberedAttachmentList_AreTheTailWithTheirNumbers_AndNoTask()
    {
        var plan = Plan("closing-clauses-numbered-before-attachment-list.txt");
        Assert.Equal(["一", "二", "一", "二", "一"], plan.Requirements.Select(r => r.Number));
        Assert.Equal("各乡镇人民政府、县直各单位", Units(plan.Requirements[^1]));
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains("本要点", StringComparison.Ordinal) || r.Text.Contains("附件", StringComparison.Ordinal));
        var tail = Assert.Single(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.Contains("本要点自印发之日起施行", StringComparison.Ordinal));
        Assert.StartsWith("（二）本要点自印发之日起施行。（三）本要点由县人民政府办公室负责解释。", string.Concat(tail.Text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }

    [Fact]
    public void PlanTitledOverTwoLinesWithItsTaskTableAttached_TakesItsOwnTitle_NotTheTables()
    {
        var plan = Plan("outline-points-then-attached-task-table-titled.txt");
        Assert.Equal("宁陵县2023年政务公开工作要点", plan.Title);
        Assert.Equal(["县财政局", "县发展和改革委员会", "县司法局", "县人民政府办公室"], plan.Requirements.Select(Units));
        Assert.Equal(["2023年9月底前", "持续推进", "长期坚持", "每季度"], plan.Requirements.Select(r => r.Deadline));
    }

    [Fact]
    public void PointsEachWithItsOwnUnits_AreTasksOfTheirOwn_WhilePointsSharingOneBracketStayOneTask()
    {
        var plan = Plan("points-each-assigned-or-sharing-one-bracket.txt");
        Assert.Equal(["县财政局", "县民政局", "县教育体育局", "县政府办公室、县直各单位", "县司法局", "县政府办公室", "各乡镇人民政府"], plan.Requirements.Select(Units));
        Assert.Equal(["一是全面公开县级部门预决算和“三公”经费", "二是及时公开低保、特困供养等社会救助政策和资金发放情况", "三是公开义务教育招生入学政策和划片范围"],
            plan.Requirements.Take(3).Select(r => r.Text));
        Assert.Equal(["一、深化重点领域信息公开", "（一）加强财政和民生信息公开。"], plan.Requirements[0].SectionPath);
        Assert.StartsWith("做好政策解读回应。一是坚持政策文件与解读材料同步起草", plan.Requirements[3].Text, StringComparison.Ordinal);
        Assert.Contains("三是及时回应社会关切", plan.Requirements[3].Text, StringComparison.Ordinal);
        Assert.Equal(["县政府办公室"], plan.Requirements[3].LeadUnits);
        Assert.DoesNotContain(plan.Requirements, r => r.Text.Contains('（') || r.Text.StartsWith('；'));
    }
}
