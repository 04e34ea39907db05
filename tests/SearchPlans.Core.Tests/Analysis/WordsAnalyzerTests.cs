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
        Assert.Equal(
            [("国务院", 0, 3), ("办公", 3, 5), ("厅", 5, 6)],
            AnalyzedToken.Spans(PlanAnalyzers.Words, "國務院辦公廳"));
    }

    [Fact]
    public void Analyze_FullWidthText_FoldsAndLowerCasesWithOriginalOffsets()
    {
        Assert.Equal(
            [("县", 1, 2), ("发", 2, 3), ("改", 3, 4), ("局", 4, 5), ("ipv6", 6, 10), ("12345", 11, 16)],
            AnalyzedToken.Spans(PlanAnalyzers.Words, "（县发改局）ＩＰｖ６\u3000１２３４５"));
    }

    [Fact]
    public void Analyze_MixedAsciiSeedLine_LowerCasesLatin()
    {
        Assert.Equal(
            ["区", "政府", "门户", "网站", "ipv6", "互", "联", "网", "协议", "第", "6", "版", "改造", "工作"],
            AnalyzedToken.Terms(PlanAnalyzers.Words, "区政府门户网站IPv6（互联网协议第6版）改造工作"));
    }
}
