using SearchPlans.Units;

namespace SearchPlans.Tests.Units;

public sealed class AbbreviationMatcherTests
{
    private static UnitName Name(string spelling) => UnitNameReader.Read(spelling, impliedScope: "");

    [Theory]
    [InlineData("市政数局", "市政务服务数据管理局")]
    [InlineData("县发改局", "县发展和改革局")]
    [InlineData("区人社局", "区人力资源社会保障局")]
    [InlineData("县人力社保局", "县人力资源社会保障局")]
    [InlineData("区卫健局", "区卫生健康局")]
    [InlineData("县住建局", "县住房和城乡建设局")]
    [InlineData("市市场监管局", "市市场监督管理局")]
    [InlineData("区城管执法局", "区城市管理综合执法局")]
    [InlineData("区科工商信局", "区科技工业商务和信息化局")]
    [InlineData("市府办公室", "市政府办公室")]
    [InlineData("县府办", "县人民政府办公室")]
    [InlineData("县政府办公室", "县人民政府办公室")]
    [InlineData("市发改委", "市发展和改革委员会")]
    public void IsAbbreviation_ShortFormOfTheSameBody_True(string shortForm, string longForm) =>
        Assert.True(AbbreviationMatcher.IsAbbreviation(Name(shortForm), Name(longForm)));

    [Theory]
    [InlineData("区卫健局", "市卫生健康局")]                // another level of government
    [InlineData("市生态环境局", "市生态环境局庆元分局")]    // a branch is its own body
    [InlineData("市政府办公室", "市政府督查办公室")]        // one piece: a narrower office, not a short form
    [InlineData("区政务服务局", "区政务服务数据管理局")]    // one piece again
    [InlineData("市发展改革委", "市发展改革局")]            // 委 is not 局
    [InlineData("市政数局", "市政务服务数据管理中心")]
    [InlineData("市直各单位", "市直有关单位")]              // groups are never abbreviated
    [InlineData("市政务服务数据管理局", "市政数局")]        // the long form does not abbreviate the short
    public void IsAbbreviation_DifferentBodies_False(string shortForm, string longForm) =>
        Assert.False(AbbreviationMatcher.IsAbbreviation(Name(shortForm), Name(longForm)));

    [Theory]
    [InlineData("政数", "政务服务数据管理", 2)]
    [InlineData("发改", "发展和改革", 2)]
    [InlineData("人力社保", "人力资源社会保障", 3)]
    [InlineData("政务服务", "政务服务数据管理", 1)]
    [InlineData("数据", "政务服务数据管理", 0)]
    [InlineData("改发", "发展和改革", 0)]
    public void PiecesInOrder_CountsTheStretchesTheShortFormIsTakenFrom(string shortText, string longText, int pieces) =>
        Assert.Equal(pieces, AbbreviationMatcher.PiecesInOrder(shortText, longText));

    [Fact]
    public void PiecesInOrder_CharactersOutsideTheBasicPlane_MatchWhole()
    {
        // U+20000 and U+20001 share their high surrogate; matched by char, the second would seem to be found.
        Assert.Equal(0, AbbreviationMatcher.PiecesInOrder("\U00020000\U00020001", "\U00020000\U00020002"));
        Assert.Equal(2, AbbreviationMatcher.PiecesInOrder("\U00020000\U00020001", "\U00020000\U00020002\U00020001"));
    }
}
