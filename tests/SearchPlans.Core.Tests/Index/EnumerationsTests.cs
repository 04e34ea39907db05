using SearchPlans.Index;

namespace SearchPlans.Tests.Index;

public sealed class EnumerationsTests
{
    [Fact]
    public void ATextThatListsNothing_HasNoFocusOfItsOwn()
    {
        Assert.Null(Enumerations.Focus("根据市政府新闻发布会工作安排，提前做好解读回应工作。"));
    }

    [Fact]
    public void TheItemsOfAList_AreLeftOut_AndWhatFollowsItIsKept()
    {
        var focus = Enumerations.Focus("市直各单位要综合运用新闻发布会、在线访谈、图文动画、短视频等形式开展深入解读。");

        Assert.NotNull(focus);
        Assert.DoesNotContain("新闻发布会", focus);
        Assert.DoesNotContain("短视频", focus);
        Assert.Contains("形式开展深入解读", focus);
    }

    [Fact]
    public void AListEndsWithItsClause_SoTheNextClauseIsKeptWhole()
    {
        var focus = Enumerations.Focus("统筹用好政府网站、政务新媒体等平台，严格执行疫情防控信息发布制度。");

        Assert.Contains("严格执行疫情防控信息发布制度", focus);
        Assert.DoesNotContain("政府网站", focus);
    }

    [Fact]
    public void AWordFarFromTheSeparators_StaysInTheFocus()
    {
        var focus = Enumerations.Focus("严格落实行政执法公示制度，公开执法职责、执法依据。");

        Assert.Contains("严格落实行政执法公示制度", focus);
    }
}
