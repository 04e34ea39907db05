using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class ExactAnalyzerTests
{
    [Theory]
    [InlineData("（县发改局）", "(县发改局)")]
    [InlineData("(县发改局)", "(县发改局)")]
    [InlineData("國務院辦公廳", "国务院办公厅")]
    [InlineData("市政务服务数据管理局", "市政务服务数据管理局")]
    public void Analyze_UnitName_GivesOneFoldedToken(string name, string expected)
    {
        Assert.Equal([(expected, 0, name.Length)], AnalyzedToken.Spans(PlanAnalyzers.Exact, name));
    }
}
