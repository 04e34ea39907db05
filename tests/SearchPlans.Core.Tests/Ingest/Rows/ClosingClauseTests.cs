using System.Text;
using SearchPlans.Ingest;
using SearchPlans.Ingest.Rows;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.Rows;

public class ClosingClauseTests
{
    [Theory]
    [InlineData("第六条　本方案由市政府办公室负责解释。")]
    [InlineData("本方案自印发之日起施行。")]
    [InlineData("本要点由县政务公开工作领导小组办公室负责解释。")]
    [InlineData("3.本实施方案自发布之日起实施，有效期至2025年12月31日。")]
    [InlineData("（五）本工作安排解释权归区政府办公室。")]
    [InlineData("未尽事宜，按上级有关规定执行。")]
    [InlineData("此通知自印发之日起执行。")]
    public void ClauseAboutTheDocumentItself_IsAClosingClause(string text) => Assert.True(ClosingClause.Is(text));

    [Theory]
    [InlineData("做好政策解读和解释说明工作，重要政策文件与解读材料同步发布。")]
    [InlineData("对政策执行中群众关注的问题做好解释工作。")]
    [InlineData("本方案明确的各项任务，由各责任单位负责落实。")]
    [InlineData("属性为主动公开的政府公文应在形成之日起20个工作日内公开。")]
    [InlineData("各部门要自文件印发之日起20个工作日内公开，并由办公室负责解释口径的统一。")]
    public void TaskThatMentionsExplainingOrADateOfIssue_IsNoClosingClause(string text) => Assert.False(ClosingClause.Is(text));

    private static Plan Read(string text)
    {
        var result = new PlanIngester().Ingest("plan.txt", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("not accounted", StringComparison.Ordinal));
        return result.Plan!;
    }

    [Fact]
    public void ClosingParagraphAfterTheLastTask_IsKeptAsANote_NotJoinedToTheTask()
    {
        var plan = Read("某市2023年政务公开工作要点\n\n一、推进政策公开\n（一）做好政策解读和解释说明工作，重要政策文件与解读材料同步发布。（责任单位：市政府办公室）\n（二）公开政府债务信息。（责任单位：市财政局）\n\n本要点由市政府办公室负责解释。未尽事宜，按上级有关规定执行。\n\n某市人民政府办公室\n2023年4月1日\n");

        Assert.Equal(["做好政策解读和解释说明工作，重要政策文件与解读材料同步发布。", "公开政府债务信息。"], plan.Requirements.Select(r => r.Text));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text == "本要点由市政府办公室负责解释。未尽事宜，按上级有关规定执行。");
        Assert.Equal(new DateOnly(2023, 4, 1), plan.Issued);
    }

    [Fact]
    public void NumberedClausesUnderTheirOwnHeading_CloseThePlanWithIt()
    {
        var plan = Read("某县2024年政务公开工作实施方案\n\n一、深化重点领域公开\n1.公开年度预算决算信息。（责任单位：县财政局）\n2.做好行政处罚信息公示。（责任单位：县市场监管局）\n二、其他事项\n3.本方案自印发之日起施行，由县政府办公室负责解释。\n4.未尽事宜由县政务公开领导小组办公室另行通知。\n");

        Assert.Equal(["1", "2"], plan.Requirements.Select(r => r.Number));
        Assert.DoesNotContain(plan.Sections, s => s.Title.Contains("其他事项", StringComparison.Ordinal));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.StartsWith("二、其他事项", StringComparison.Ordinal));
    }

    [Fact]
    public void ClosingClauseBeforeAnAttachmentOfTasks_IsANote_AndTheAttachmentStillGivesTasks()
    {
        var plan = Read("某区2022年政务公开工作要点\n\n一、做好政策解读和解释说明工作。（责任单位：区政府办公室）\n二、本要点自印发之日起施行。\n\n附件\n重点任务清单\n三、公开重大建设项目批准和实施信息。（责任单位：区发改局，完成时限：2022年9月底前）\n四、公开行政处罚信息。（责任单位：区市场监管局，完成时限：持续推进）\n");

        Assert.Equal(["一", "三", "四"], plan.Requirements.Select(r => r.Number));
        Assert.Equal("做好政策解读和解释说明工作。", plan.Requirements[0].Text);
        Assert.Equal(("区市场监管局", "持续推进"), (plan.Requirements[2].Units.Single().Name, plan.Requirements[2].Deadline));
        Assert.Contains(plan.Remainder, r => r.Kind == RemainderKind.Note && r.Text.StartsWith("二、本要点自印发之日起施行。", StringComparison.Ordinal));
    }
}
