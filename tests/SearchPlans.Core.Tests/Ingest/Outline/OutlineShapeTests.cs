using System.Text;
using SearchPlans.Ingest;

namespace SearchPlans.Tests.Ingest.Outline;

public class OutlineShapeTests
{
    private static IngestResult Read(string text)
    {
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("", TextAccount.Unaccounted(text, result));
        return result;
    }

    [Fact]
    public void UnitsAndDeadlinePrintedOnLinesAfterATask_AreItsFields()
    {
        var plan = Read("2023年某市政务公开工作要点\n\n一、加强重点领域信息公开\n1.做好财政预决算公开。\n牵头单位：市财政局 配合单位：各区政府\n完成时限：2022年底前\n2.做好政策解读。责任单位：市政府办公室\n").Plan!;
        var first = plan.Requirements[0];
        Assert.Equal(("1", "做好财政预决算公开。", "2022年底前"), (first.Number, first.Text, first.Deadline));
        Assert.Equal(["市财政局", "各区政府"], first.Units.Select(u => u.Name));
        Assert.Equal(["市财政局"], first.LeadUnits);
        Assert.Equal(["市政府办公室"], plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void DeadlinePrintedInTheUnitsBracket_IsTheTasksDeadline_AndNoUnit()
    {
        var plan = Read("某区2021年政务公开重点工作任务分工方案\n一、深化重点领域信息公开\n"
            + "1．推进重大建设项目信息公开。重点公开批准和实施等信息。（责任单位：区发改局、区住建局；完成时限：2021年12月底前）\n"
            + "2．推进生态环境信息公开。及时公开环境质量状况。（牵头单位：区生态环境分局；配合单位：区自然资源局；完成时限：2021年11月底前）\n"
            + "3．规范依申请公开工作。2020年底前已完成制度修订。（完成时限：持续推进；责任单位：区政府办公室）\n").Plan!;
        Assert.Equal(["2021年12月底前", "2021年11月底前", "持续推进"], plan.Requirements.Select(r => r.Deadline));
        Assert.Equal(["区发改局", "区住建局"], plan.Requirements[0].Units.Select(u => u.Name));
        Assert.Equal(["区生态环境分局", "区自然资源局"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Equal(["区生态环境分局"], plan.Requirements[1].LeadUnits);
        Assert.Equal(["区政府办公室"], plan.Requirements[2].Units.Select(u => u.Name));
    }

    [Fact]
    public void HeadingOverUnnumberedParagraphs_IsASection_AndEachParagraphATask()
    {
        var plan = Read("某某区2020年政务公开工作要点\n一、推进决策公开（牵头单位：区司法局）\n"
            + "健全重大行政决策公众参与机制，广泛听取意见。\n推进政府常务会议公开，邀请公众代表列席会议。（区政府办公室负责）\n"
            + "二、推进政策解读\n坚持政策解读与政策文件同步组织、同步审签、同步部署。\n").Plan!;
        Assert.Equal(["健全重大行政决策公众参与机制，广泛听取意见。", "推进政府常务会议公开，邀请公众代表列席会议。", "坚持政策解读与政策文件同步组织、同步审签、同步部署。"],
            plan.Requirements.Select(r => r.Text));
        Assert.Equal(["一、推进决策公开（牵头单位：区司法局）", "一、推进决策公开（牵头单位：区司法局）", "二、推进政策解读"], plan.Requirements.Select(r => r.SectionPath[0]));
        Assert.Equal(["区司法局", "区政府办公室", ""], plan.Requirements.Select(r => string.Join("、", r.Units.Select(u => u.Name))));
    }

    [Fact]
    public void NumberedTaskWithFieldLinesBelow_StaysOneTask()
    {
        var plan = Read("某某区2020年政务公开工作要点\n一、推进决策公开\n1.推进政府常务会议公开\n牵头单位：区政府办公室\n完成时限：2020年底前\n").Plan!;
        var task = Assert.Single(plan.Requirements);
        Assert.Equal(("推进政府常务会议公开", "2020年底前"), (task.Text, task.Deadline));
    }

    [Fact]
    public void PageNumbersBetweenTheLinesOfASentence_AreRemoved_AndTheSentenceJoined()
    {
        var plan = Read("某某市2021年政务公开工作要点\n一、加强政策解读回应\n（一）深化政策解读。严格落实同步起草要求，\n— 2 —\n"
            + "重要政策文件要进行解读。（市政府办公室牵头，市直各部门负责）\n第 3 页\n（二）做好重大建设项目信息公开。（市发展改革委负责）\n- 4 -\n").Plan!;
        Assert.Equal(["深化政策解读。严格落实同步起草要求，重要政策文件要进行解读。", "做好重大建设项目信息公开。"], plan.Requirements.Select(r => r.Text));
        Assert.Equal(["市发展改革委"], plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void OutlineWhosePartsEachEndInOneUnitBracket_KeepsAPartThatIsOnlyItsTitle()
    {
        var result = Read("某某市2022年政务公开工作要点\n一、围绕稳定经济大盘加强政策发布解读\n"
            + "（一）加强惠企政策公开。全面梳理各级惠企政策，分类编制政策清单。（市发展改革委、市财政局按职责分工负责）\n"
            + "（二）做好重大建设项目信息公开。（市发展改革委负责）\n");
        Assert.Equal("numbered outline", result.Shape);
        Assert.Equal(["加强惠企政策公开。全面梳理各级惠企政策，分类编制政策清单。", "做好重大建设项目信息公开。"], result.Plan!.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void PartsAboveTheChineseCommaLevel_AreTheTopSections_AndAPartNeverRunsIntoTheTaskAboveIt()
    {
        var plan = Read("某某市2020年政务公开工作要点\n第一部分 总体要求\n坚持以人民为中心的发展思想。\n第二部分 重点任务\n一、加强政策解读\n"
            + "（一）完善解读机制。落实同步起草制度。\n（二）创新解读方式。运用图表开展解读。\n第三部分 保障措施\n加强组织领导，明确工作机构。\n").Plan!;
        Assert.Equal(["完善解读机制。落实同步起草制度。", "创新解读方式。运用图表开展解读。", "加强组织领导，明确工作机构。"], plan.Requirements.Select(r => r.Text));
        Assert.Equal(["第二部分 重点任务", "一、加强政策解读"], plan.Requirements[0].SectionPath);
        Assert.Equal(["第三部分 保障措施"], plan.Requirements[2].SectionPath);
    }

    [Fact]
    public void PortalFurnitureUnderTheArticle_IsRemainder_NotTheLastTask()
    {
        var result = Read("当前位置：首页 > 政府信息公开\n某某县2022年政务公开工作要点\n一.加强政策解读\n1)严格执行同步发布制度。\n2)丰富解读形式。\n"
            + "分享到：微信 微博\n【打印】【关闭】\n");
        Assert.Equal(["严格执行同步发布制度。", "丰富解读形式。"], result.Plan!.Requirements.Select(r => r.Text));
        Assert.Contains(result.Plan.Remainder, r => r.Text.Contains("分享到", StringComparison.Ordinal));
    }

    // Pages copied from the web break lines mid-sentence; a line going on with 相关文件… or 下一篇… in running prose is
    // the task's text, not the portal's furniture under the article.
    [Fact]
    public void LineBrokenMidSentence_BeforeAFurnitureWord_GoesOnReadingThePlan()
    {
        var result = Read("某某县2021年政务公开工作要点\n一、加强政策解读\n（一）强化民生信息公开。及时传达就业支持政策，做好\n\n"
            + "相关文件政策解读，畅通维权和咨询投诉渠道。（县人社局牵头负责）\n\n（二）优化政策咨询服务。完善智能问答功能。（县政务服务数据管理局牵头负责）\n"
            + "相关链接：\n分享到：微信 微博\n");
        var plan = result.Plan!;

        Assert.Equal(2, plan.Requirements.Count);
        Assert.Contains("相关文件政策解读", plan.Requirements[0].Text, StringComparison.Ordinal);
        Assert.Equal(["县政务服务数据管理局"], plan.Requirements[1].Units.Select(u => u.Name));
        Assert.Contains(plan.Remainder, r => r.Text.Contains("分享到", StringComparison.Ordinal));
    }

    [Fact]
    public void FullWidthDigits_InLabelsYearsAndDeadlines_AreRead()
    {
        var plan = Read("某某县２０２２年政务公开工作要点\n一、加强政策解读\n１．严格执行同步发布制度，２０２２年１２月底前完成。\n２．公开预决算。\n").Plan!;
        Assert.Equal(2022, plan.Year);
        Assert.Equal(["严格执行同步发布制度，２０２２年１２月底前完成。", "公开预决算。"], plan.Requirements.Select(r => r.Text));
        Assert.Equal("２０２２年１２月底前", plan.Requirements[0].Deadline);
        var bracketed = Read("某某县2022年政务公开工作要点\n一、加强政策解读\n（１）严格执行同步发布制度。\n（２）丰富解读形式。\n").Plan!;
        Assert.Equal(["严格执行同步发布制度。", "丰富解读形式。"], bracketed.Requirements.Select(r => r.Text));
    }

    [Fact]
    public void GeneralRequirementsSection_IsKeptAsPreamble()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、总体要求\n（一）指导思想\n坚持以人民为中心。\n二、重点任务\n（一）做好规划公开。\n").Plan!;
        Assert.Equal(["做好规划公开。"], plan.Requirements.Select(r => r.Text));
        Assert.Contains(plan.Remainder, r => r.Kind == Model.RemainderKind.Preamble && r.Text.Contains("指导思想", StringComparison.Ordinal));
    }

    [Fact]
    public void PartCutOffByTheEndOfTheFile_IsKeptWithAWarning()
    {
        var result = Read("某县2022年政务公开工作要点\n一、重点任务\n（一）做好规划公开。\n（二）");
        Assert.Single(result.Plan!.Requirements);
        Assert.Contains(result.Warnings, w => w.Contains("has no text", StringComparison.Ordinal));
    }

    [Fact]
    public void RequirementsOfAnOutline_DoNotInheritTheUnitsOfTheTaskBefore()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、重点任务\n1.做好规划公开。（责任单位：县发改局）\n2.做好财政公开。\n").Plan!;
        Assert.Empty(plan.Requirements[1].Units);
    }

    [Fact]
    public void UnitsAHeadingNames_AreTheTasksBelowIt_UnlessATaskNamesItsOwn()
    {
        var plan = Read("某市2022年政务公开工作要点\n一、重点任务\n（一）做好财政信息公开（牵头单位：市财政局）\n1.公开预算。\n2.公开决算。（责任单位：市审计局）\n").Plan!;
        Assert.Equal(["市财政局"], plan.Requirements[0].Units.Select(u => u.Name));
        Assert.True(plan.Requirements[0].UnitsInherited);
        Assert.Equal(["市审计局"], plan.Requirements[1].Units.Select(u => u.Name));
    }

    [Fact]
    public void SignatureAndDateAfterTheLastTask_AreKeptAsTheColophon()
    {
        var plan = Read("某县2022年政务公开工作要点\n一、重点任务\n（一）做好规划公开。\n\n某县人民政府办公室\n2022年3月1日印发\n").Plan!;
        Assert.Equal("做好规划公开。", plan.Requirements.Single().Text);
        Assert.Contains(plan.Remainder, r => r.Kind == Model.RemainderKind.Signature);
    }
}
