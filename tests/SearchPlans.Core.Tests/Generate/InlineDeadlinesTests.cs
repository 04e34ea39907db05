using SearchPlans.Generate;
using SearchPlans.Tests.Generate.Writers;

namespace SearchPlans.Tests.Generate;

public sealed class InlineDeadlinesTests
{
    private static readonly GeneratedPlan Plan = SamplePlans.Plan(PlanLayout.NumberedProse);

    private static List<GeneratedRequirement> Stated(int seed) => [.. InlineDeadlines.Apply(Plan.Sections, new Random(seed)).SelectMany(s => s.Subsections).SelectMany(s => s.Requirements)];

    [Fact]
    public void Apply_DatedDeadline_IsSometimesWrittenIntoTheTextBeforeItsFullStop()
    {
        var texts = Enumerable.Range(0, 50).SelectMany(Stated).Select(r => r.Text).ToHashSet();

        Assert.Contains("动态更新政府信息主动公开目录，方便群众查询获取，于2022年底前完成。", texts);
        Assert.Contains("规范使用依申请公开系统，提升依申请公开办理实效，于2022年6月前完成。", texts);
        Assert.Contains("动态更新政府信息主动公开目录，方便群众查询获取。", texts);
    }

    [Fact]
    public void Apply_UndatedDeadline_LeavesTheTextAsItIs()
    {
        var undated = Plan.Requirements.Where(r => r.Deadline is "长期工作" or "持续推进").Select(r => r.Text).ToHashSet();

        Assert.All(Enumerable.Range(0, 50).SelectMany(Stated).Where(r => r.Deadline is "长期工作" or "持续推进"), r => Assert.Contains(r.Text, undated));
    }
}
