using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class IcuWordsAnalyzerTests
{
    private static List<AnalyzedToken> Analyze(string text, out int finalOffset) =>
        AnalyzedToken.Read(PlanAnalyzers.IcuWords.GetTokenStream("field", text), out finalOffset);

    private static List<string> Terms(string text) => AnalyzedToken.Terms(PlanAnalyzers.IcuWords, text);

    [Fact]
    public void Analyze_SeedSentence_GivesDictionaryWordsWithOffsets()
    {
        var tokens = Analyze("依托政府信息公开平台进一步完善市级行政规章建设", out var finalOffset);

        Assert.Equal(
            [("依托", 0, 2), ("政府", 2, 4), ("信息", 4, 6), ("公开", 6, 8), ("平台", 8, 10), ("进一步", 10, 13),
             ("完善", 13, 15), ("市", 15, 16), ("级", 16, 17), ("行政", 17, 19), ("规章", 19, 21), ("建设", 21, 23)],
            tokens.Select(t => (t.Term, t.Start, t.End)));
        Assert.Equal(23, finalOffset);
    }

    [Theory]
    [InlineData("政务公开", new[] { "政务", "公开" })]
    // The dictionary has no 依申请: the domain term comes out as 依|申请|公开.
    [InlineData("依申请公开", new[] { "依", "申请", "公开" })]
    [InlineData("三同步", new[] { "三", "同步" })]
    // Surprising: 互联网 falls apart into single characters.
    [InlineData("互联网", new[] { "互", "联", "网" })]
    [InlineData("县发改局", new[] { "县", "发", "改", "局" })]
    public void Analyze_DomainTerm_SplitsAsIcuDictionaryDoes(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Fact]
    public void Analyze_QuotedTerm_SkipsQuotesWithoutPositionGap()
    {
        var tokens = Analyze("落实政策文件解读工作的“三同步”工作机制", out _);

        Assert.Equal(
            [("落实", 0, 2), ("政策", 2, 4), ("文件", 4, 6), ("解读", 6, 8), ("工作", 8, 10), ("的", 10, 11),
             ("三", 12, 13), ("同步", 13, 15), ("工作", 16, 18), ("机制", 18, 20)],
            tokens.Select(t => (t.Term, t.Start, t.End)));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
    }

    [Fact]
    public void Analyze_DateDeadline_KeepsNumbersApartFromUnits()
    {
        Assert.Equal(["于", "2022", "年", "11", "月底", "前", "建成"], Terms("于2022年11月底前建成"));
    }

    [Fact]
    public void Analyze_MixedAscii_KeepsLatinAndDigitRunsWholeAndLowerCases()
    {
        Assert.Equal(
            ["门户", "网站", "ipv6", "互", "联", "网", "协议", "第", "6", "版", "改造"],
            Terms("门户网站IPv6（互联网协议第6版）改造"));
    }

    [Fact]
    public void Analyze_FullWidthDigits_AreFoldedFirstSoTheyCount()
    {
        Assert.Equal(["ipv6", "123"], Terms("Ｉｐｖ６ １２３"));
    }

    [Fact]
    public void Analyze_SupplementaryIdeograph_KeepsSurrogatePairWhole()
    {
        Assert.Equal([("𠀋", 0, 2), ("字", 2, 3)], Analyze("𠀋字", out _).Select(t => (t.Term, t.Start, t.End)));
    }

    [Fact]
    public void Analyze_OnlyPunctuation_GivesNothingButTheFinalOffset()
    {
        Assert.Empty(Analyze("（），。 ", out var finalOffset));
        Assert.Equal(5, finalOffset);
    }

    [Fact]
    public void Analyze_TraditionalText_SegmentsLikeSimplified()
    {
        Assert.Equal(Terms("政府资讯公开平台"), Terms("政府資訊公開平臺"));
    }
}
