using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class BigramsAnalyzerTests
{
    [Fact]
    public void Analyze_QuotedThreeCharacterTerm_PairsNeighbouringIdeographs()
    {
        Assert.Equal(
            [("三同", 1, 3), ("同步", 2, 4)],
            AnalyzedToken.Spans(PlanAnalyzers.Bigrams, "“三同步”"));
    }

    [Fact]
    public void Analyze_DeadlineWithNumbers_KeepsNumbersAndLoneIdeographs()
    {
        Assert.Equal(
            [("于", 0, 1), ("2022", 1, 5), ("年", 5, 6), ("11", 6, 8), ("月底", 8, 10), ("底前", 9, 11)],
            AnalyzedToken.Spans(PlanAnalyzers.Bigrams, "于2022年11月底前"));
    }

    [Fact]
    public void Analyze_TraditionalText_PairsSimplifiedIdeographs()
    {
        Assert.Equal(
            [("资讯", 0, 2), ("讯公", 1, 3), ("公开", 2, 4)],
            AnalyzedToken.Spans(PlanAnalyzers.Bigrams, "資訊公開"));
    }

    [Fact]
    public void Analyze_FullWidthLatin_FoldsToOneLowerCaseToken()
    {
        Assert.Equal([("ipv6", 0, 4)], AnalyzedToken.Spans(PlanAnalyzers.Bigrams, "ＩＰｖ６"));
    }

    [Fact]
    public void Analyze_RunsOfText_AreKeptTwoPositionsApart()
    {
        var increments = AnalyzedToken.Read(PlanAnalyzers.Bigrams, "政府信息，公开2022年").Select(t => (t.Term, t.PositionIncrement));

        Assert.Equal([("政府", 1), ("府信", 1), ("信息", 1), ("公开", 3), ("2022", 3), ("年", 3)], increments);
    }
}
