using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class DomainTermFilterTests
{
    private static readonly DomainTerms Terms = new(["三同步", "依申请", "依申请公开", "政策解读"]);

    // SmartCn reads 三同步 as 三同|步, 依申请公开 as 依|申请|公开 and 政策解读 as 政策|解读.
    private static List<AnalyzedToken> Join(string text)
    {
        var source = new HMMChineseTokenizer(new StringReader(text));
        var words = new StopFilter(PlanAnalyzers.MatchVersion, source, SmartChineseAnalyzer.DefaultStopSet);
        return AnalyzedToken.Read(new DomainTermFilter(words, Terms), out _);
    }

    [Fact]
    public void Filter_WordsSpellingATerm_BecomeOneTokenWithItsOffsets()
    {
        Assert.Equal(
            [("落实", 0, 2), ("三同步", 2, 5), ("机制", 5, 7)],
            Join("落实三同步机制").Select(t => (t.Term, t.Start, t.End)));
    }

    [Fact]
    public void Filter_LongestTerm_Wins()
    {
        Assert.Equal(["规范", "依申请公开", "工作"], Join("规范依申请公开工作").Select(t => t.Term));
    }

    [Fact]
    public void Filter_TermOfWholeWords_IsLeftAsWords()
    {
        Assert.Equal(["加强", "政策", "解读"], Join("加强政策解读").Select(t => t.Term));
    }

    [Fact]
    public void Filter_PunctuationBetweenWords_KeepsThemApart()
    {
        Assert.DoesNotContain("三同步", Join("三同，步").Select(t => t.Term));
    }

    [Fact]
    public void Filter_TermAtTheEnd_IsJoined()
    {
        Assert.Equal("三同步", Join("落实三同步").Select(t => t.Term).Last());
    }

    [Fact]
    public void Analyzer_ReusedOnAnotherText_StartsAfresh()
    {
        AnalyzedToken.Read(PlanAnalyzers.Words, "落实三同");

        Assert.Equal(["落实", "三同步"], AnalyzedToken.Terms(PlanAnalyzers.Words, "落实三同步"));
    }
}
