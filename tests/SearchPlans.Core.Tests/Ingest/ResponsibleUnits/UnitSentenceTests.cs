using SearchPlans.Ingest.ResponsibleUnits;

namespace SearchPlans.Tests.Ingest.ResponsibleUnits;

public class UnitSentenceTests
{
    [Theory]
    [InlineData("做好会议开放。邀请公众代表列席。区政府办公室负责。", "做好会议开放。邀请公众代表列席。", "区政府办公室负责")]
    [InlineData("完善决策预公开。公开征求意见。区司法局牵头，区各有关部门按职责分工负责。", "完善决策预公开。公开征求意见。", "区司法局牵头，区各有关部门按职责分工负责")]
    [InlineData("推进审计结果公开。由区审计局负责。", "推进审计结果公开。", "区审计局负责")]
    [InlineData("加强督查结果公开。区政府督查室负责，2022年11月底前完成。", "加强督查结果公开。2022年11月底前完成。", "区政府督查室负责")]
    public void LastSentenceAssigningBodies_IsTheUnits_AndLeavesTheTask(string text, string body, string units)
    {
        var assigned = UnitSentence.Split(text)!;
        Assert.Equal((body, units), (assigned.Body, assigned.Units));
        Assert.Equal(text.Length, assigned.Body.Length + assigned.Units.Length + assigned.Removed.Length);
    }

    [Theory]
    [InlineData("区政府办公室负责。")]
    [InlineData("做好政务公开。各单位要明确专人负责。")]
    [InlineData("做好政务公开。推进平台建设落实。")]
    [InlineData("做好政务公开。区政府办公室负责")]
    public void TaskAloneOrASentenceNamingNoBodies_HasNoUnitSentence(string text) => Assert.Null(UnitSentence.Split(text));
}
