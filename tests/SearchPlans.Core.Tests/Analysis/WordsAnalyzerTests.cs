using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class WordsAnalyzerTests
{
    [Fact]
    public void Analyze_TraditionalText_GivesSimplifiedTermsWithOriginalOffsets()
    {
        var traditional = AnalyzedToken.Spans(PlanAnalyzers.Words, "政府資訊公開平臺");
        var simplified = AnalyzedToken.Spans(PlanAnalyzers.Words, "政府资讯公开平台");

        Assert.Equal([("政府", 0, 2), ("资讯", 2, 4), ("公开", 4, 6), ("平台", 6, 8)], traditional);
        Assert.Equal(simplified, traditional);
    }

    [Fact]
    public void Analyze_TraditionalAgencyName_SegmentsLikeSimplified()
    {
        Assert.Equal([("国务院", 0, 3), ("办公厅", 3, 6)], AnalyzedToken.Spans(PlanAnalyzers.Words, "國務院辦公廳"));
        Assert.Equal([("国务院", 0, 3), ("办公厅", 3, 6)], AnalyzedToken.Spans(PlanAnalyzers.Words, "国务院办公厅"));
    }

    [Fact]
    public void Analyze_FullWidthText_FoldsAndLowerCasesWithOriginalOffsets()
    {
        // SmartCn keeps letters and digits apart (ipv|6); the bigram field holds ipv6 whole.
        Assert.Equal(
            [("县", 1, 2), ("发", 2, 3), ("改", 3, 4), ("局", 4, 5), ("ipv", 6, 9), ("6", 9, 10), ("12345", 11, 16)],
            AnalyzedToken.Spans(PlanAnalyzers.Words, "（县发改局）ＩＰｖ６\u3000１２３４５"));
    }

    [Fact]
    public void Analyze_MixedAsciiSeedLine_DropsPunctuationAndLowerCasesLatin()
    {
        Assert.Equal(
            ["区政府", "门户", "网站", "ipv", "6", "互联网", "协议", "第", "6", "版", "改造", "工作"],
            AnalyzedToken.Terms(PlanAnalyzers.Words, "区政府门户网站IPv6（互联网协议第6版）改造工作"));
    }

    [Theory]
    [InlineData("落实“三同步”工作机制", "三同步")]
    [InlineData("加强反垄断执法", "反垄断")]
    [InlineData("规范使用全省政府信息依申请公开系统", "依申请公开")]
    [InlineData("加强政务新媒体管理", "政务新媒体")]
    [InlineData("落實“三同步”工作機制", "三同步")]
    public void Analyze_DomainTermSmartCnSplits_IsOneWord(string text, string term)
    {
        Assert.Contains(term, AnalyzedToken.Terms(PlanAnalyzers.Words, text));
    }

    [Fact]
    public void Analyze_DomainTermOfWholeWords_StaysWords()
    {
        Assert.Equal(["加强", "政策", "解读"], AnalyzedToken.Terms(PlanAnalyzers.Words, "加强政策解读"));
    }
}
