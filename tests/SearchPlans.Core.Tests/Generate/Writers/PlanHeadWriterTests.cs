using System.Text;
using SearchPlans.Generate;
using SearchPlans.Generate.Writers;

namespace SearchPlans.Tests.Generate.Writers;

public sealed class PlanHeadWriterTests
{
    private static List<string> Heads(GeneratedPlan plan) =>
        [.. Enumerable.Range(0, 100).Select(seed =>
        {
            var file = new StringBuilder();
            PlanHeadWriter.Write(file, plan, new Random(seed));
            return file.ToString();
        })];

    private static List<string> Lines(string head) => [.. head.Split('\n').Where(l => l.Length > 0)];

    [Fact]
    public void Write_Notice_WrapsThePlanTitleInTheNoticeOfIssue()
    {
        var plan = SamplePlans.Plan(PlanLayout.NumberedProse, new PlanDress(false, false, false, false, PlanHead.Notice));
        var issuer = SamplePlans.City.Name + "人民政府办公室";

        foreach (var head in Heads(plan))
        {
            var lines = Lines(head);
            Assert.Matches($"^{issuer}关于印发\n?《?{plan.Title}》?的通知", head);
            Assert.Contains(plan.DocNumber!, lines);
            Assert.Contains(issuer, lines);
            Assert.Contains("2022年3月20日", lines);
            Assert.Equal(plan.Title, lines[^1]);
        }
    }

    [Fact]
    public void Write_Notices_SometimesCarryAnAnnexLineAndThePublicationNote()
    {
        var plan = SamplePlans.Plan(PlanLayout.NumberedProse, new PlanDress(false, false, false, false, PlanHead.Notice));
        var heads = Heads(plan);

        Assert.Contains(heads, h => h.Contains($"附件：{plan.Title}", StringComparison.Ordinal) && Lines(h)[^2] == "附件");
        Assert.Contains(heads, h => h.Contains("（此件公开发布）", StringComparison.Ordinal));
        Assert.Contains(heads, h => !h.Contains("附件", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ForwardedPlan_PutsTheForwardingNoticeFirstAndThePlansOwnNoticeAfterIt()
    {
        var plan = SamplePlans.Plan(PlanLayout.NumberedProse, new PlanDress(false, false, false, false, PlanHead.Notice, ForwardedBy: SamplePlans.City), SamplePlans.Province);
        var provinceNotice = $"{SamplePlans.Province.Name}人民政府办公厅关于印发{plan.Title}的通知";

        foreach (var head in Heads(plan))
        {
            var forwarding = head.IndexOf($"现将《{provinceNotice}》（{plan.DocNumber}）转发给你们", StringComparison.Ordinal);
            var cityIssuer = head.IndexOf($"\n{SamplePlans.City.Name}人民政府办公室\n", StringComparison.Ordinal);
            var own = head.IndexOf($"{SamplePlans.Province.Name}人民政府办公厅关于印发", cityIssuer + 1, StringComparison.Ordinal);
            Assert.True(forwarding >= 0 && cityIssuer > forwarding && own > cityIssuer, head);
            Assert.Equal(plan.Title, Lines(head)[^1]);
        }
    }

    [Fact]
    public void Write_WebChrome_PutsPageLinesBeforeTheNotice()
    {
        var plan = SamplePlans.Plan(PlanLayout.NumberedProse, new PlanDress(false, false, false, false, PlanHead.Notice, WebChrome: true));
        var heads = Heads(plan);

        Assert.All(heads, h => Assert.False(h.StartsWith(SamplePlans.City.Name + "人民政府办公室关于印发", StringComparison.Ordinal)));
        Assert.Contains(heads, h => h.Contains("来源：", StringComparison.Ordinal) && h.Contains("浏览次数：", StringComparison.Ordinal));
        Assert.Contains(heads, h => h.Contains("索 引 号：", StringComparison.Ordinal) && h.Contains($"文 号：{plan.DocNumber}", StringComparison.Ordinal));
        Assert.Contains(heads, h => h.Contains($"  • 发文字号：{plan.DocNumber}", StringComparison.Ordinal));
        Assert.Contains(heads, h => h.Contains($"发布机构: {SamplePlans.City.Name}人民政府办公室", StringComparison.Ordinal));
        Assert.Contains(heads, h => h.Contains("首页 > ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AnyHead_EndsWithTheTitleWhichNamesThePlaceAndYear()
    {
        foreach (var head in new[] { PlanHead.Title, PlanHead.Masthead, PlanHead.Notice })
        {
            var plan = SamplePlans.Plan(PlanLayout.PipeRowTable, new PlanDress(false, false, false, false, head, WebChrome: true));
            Assert.All(Heads(plan), h => Assert.Equal(plan.Title, Lines(h)[^1]));
        }
    }
}
