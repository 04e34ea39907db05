using SearchPlans.Units;

namespace SearchPlans.Tests.Units;

public sealed class TextUnitMentionsTests
{
    [Theory]
    [InlineData("11. 配合市政数局围绕各类高频政策咨询事项形成统一政策问答库", "市政数局")]
    [InlineData("不属于行政规范性文件的重要政策措施，由区政府办公室点题解读", "区政府办公室")]
    [InlineData("于本文印发30日内反馈市府办公室政务信息科", "市府办公室")]
    public void Find_UnitAfterAVerb_IsFound(string text, string unit) =>
        Assert.Equal([unit], TextUnitMentions.Find(text));

    [Theory]
    [InlineData("市政府门户网站设立专题专栏，集中展示全市现行有效规章")]
    [InlineData("配合做好政务服务数据管理局的工作")]
    public void Find_NoVerbOrNoScope_FindsNothing(string text) =>
        Assert.Empty(TextUnitMentions.Find(text));
}
