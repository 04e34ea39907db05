using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>
/// Summed with other optional clauses, "scored unless excluded" ranks exactly as a required clause beside a prohibited
/// one does: the excluded documents gain nothing, the others gain the scored query's score.
/// </summary>
public sealed class ScoredUnlessQueryTests : IDisposable
{
    private readonly ThreeSegmentIndex index = new();
    private readonly IndexSearcher searcher;

    public ScoredUnlessQueryTests()
    {
        searcher = index.Searcher;
    }

    [Theory]
    [InlineData("公开", "解读", "政府")]
    [InlineData("信息", "公开", "年度")]
    [InlineData("政府", "网站", "信息")]
    public void InASumOfOptionalClauses_ScoresAsRequiredAndProhibitedDo(string common, string scored, string excluded)
    {
        Query Term(string text) => new TermQuery(new Term(IndexFields.TextBigrams, text));
        var prohibiting = new BooleanQuery(disableCoord: true)
        {
            { Term(common), Occur.SHOULD },
            { new BooleanQuery(disableCoord: true) { { Term(scored), Occur.MUST }, { Term(excluded), Occur.MUST_NOT } }, Occur.SHOULD },
        };
        var unless = new BooleanQuery(disableCoord: true)
        {
            { Term(common), Occur.SHOULD },
            { new ScoredUnlessQuery(Term(scored), Term(excluded)), Occur.SHOULD },
        };
        // Over what the first clause matches, as in the second pass, where every ranked document holds what was typed.
        var over = new BooleanQuery { { Term(common), Occur.MUST } };

        var expected = searcher.Search(new BooleanQuery { { over, Occur.MUST }, { prohibiting, Occur.SHOULD } }, 1000).ScoreDocs;
        var actual = searcher.Search(new BooleanQuery { { over, Occur.MUST }, { unless, Occur.SHOULD } }, 1000).ScoreDocs;

        Assert.True(expected.Length > 1);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void AnExcludedDocument_StillMatchesWithNoScore()
    {
        var query = new ScoredUnlessQuery(new TermQuery(new Term(IndexFields.TextBigrams, "公开")), new TermQuery(new Term(IndexFields.TextBigrams, "公开")));

        var hits = searcher.Search(query, 10);

        Assert.True(hits.TotalHits > 0);
        Assert.All(hits.ScoreDocs, h => Assert.Equal(0f, h.Score));
    }

    public void Dispose() => index.Dispose();
}
