using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class WholeWordOffsetsFilterTests
{
    private static List<(string, int, int)> Widen(string text, bool unigrams, params WordToken[] words)
    {
        var source = new StandardTokenizer(PlanAnalyzers.MatchVersion, new StringReader(text));
        var pairs = new CJKBigramFilter(source, CJKScript.HAN, unigrams);
        return AnalyzedToken.Read(new WholeWordOffsetsFilter(pairs, words), out _).Select(t => (t.Term, t.Start, t.End)).ToList();
    }

    [Fact]
    public void Filter_PairsInsideAWord_TakeTheWordsOffsets()
    {
        Assert.Equal(
            [("落实", 0, 2), ("实三", 0, 2), ("三同", 2, 5), ("同步", 2, 5), ("步工", 2, 5), ("工作", 5, 7)],
            Widen("落实三同步工作", unigrams: false, new("落实", 0, 2, true), new("三同步", 2, 5, true), new("工作", 5, 7, true)));
    }

    [Fact]
    public void Filter_SingleIdeograph_TakesItsWord()
    {
        Assert.Equal(
            [("县", 0, 3), ("县政", 0, 3), ("政", 0, 3), ("政府", 0, 3), ("府", 0, 3)],
            Widen("县政府", unigrams: true, new WordToken("县政府", 0, 3, true)));
    }

    [Fact]
    public void Filter_TokenSpanningWords_TakesEveryWordItTouches()
    {
        Assert.Equal(
            [("IPv6", 0, 5), ("改造", 1, 5)],
            Widen("IPv6改造", unigrams: false, new("I", 0, 1, true), new("Pv6改", 1, 5, true), new("造", 5, 6, true)));
    }

    [Fact]
    public void Filter_TokenOutsideEveryWord_KeepsItsOffsets()
    {
        Assert.Equal([("政府", 0, 2)], Widen("政府", unigrams: false, new WordToken("政府", 0, 2, false)));
    }
}
