using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>Rescoring each run of segments on its own core orders and scores the hits exactly as Lucene's QueryRescorer does.</summary>
public sealed class SliceRescorerTests : IDisposable
{
    private readonly ThreeSegmentIndex index = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public SliceRescorerTests()
    {
        reader = index.Reader;
        searcher = index.Searcher;
    }

    [Theory]
    [InlineData("公开", "解读", 1)]
    [InlineData("公开", "政府", 2)]
    [InlineData("政府", "信息", 3)]
    public void Rescore_OnRunsOfSegments_MatchesQueryRescorer(string first, string second, int runs)
    {
        Assert.True(reader.Leaves.Count >= 3);
        var firstPass = searcher.Search(new TermQuery(new Term(IndexFields.TextBigrams, first[..2])), 50);
        var ranking = new TermQuery(new Term(IndexFields.TextBigrams, second[..2]));

        // Lucene's rescorer adds to the first pass's hits in place, so it gets a copy of its own.
        var copy = new TopDocs(firstPass.TotalHits, [.. firstPass.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score))], firstPass.MaxScore);
        var actual = SliceRescorer.Rescore(searcher, LeafSlices.Split(reader.Leaves, runs), firstPass.ScoreDocs, ranking, 2f);
        var expected = QueryRescorer.Rescore(searcher, copy, ranking, 2f, firstPass.ScoreDocs.Length).ScoreDocs;

        Assert.NotEmpty(actual);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Rescore_WhereTheRankingQueryMatchesNothing_KeepsTheFirstPassOrder()
    {
        // Lucene.Net's QueryRescorer fails on a segment where the ranking query has no scorer.
        var firstPass = searcher.Search(new TermQuery(new Term(IndexFields.TextBigrams, "公开")), 20);

        var actual = SliceRescorer.Rescore(searcher, LeafSlices.Split(reader.Leaves, 2), firstPass.ScoreDocs, new TermQuery(new Term(IndexFields.TextBigrams, "江门")), 1f);

        Assert.Equal(firstPass.ScoreDocs.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Rescore_LeavesTheFirstPassHitsAsTheyWere()
    {
        var firstPass = searcher.Search(new TermQuery(new Term(IndexFields.TextBigrams, "公开")), 20);
        var before = firstPass.ScoreDocs.Select(h => h.Score).ToList();

        SliceRescorer.Rescore(searcher, LeafSlices.Split(reader.Leaves, 2), firstPass.ScoreDocs, new TermQuery(new Term(IndexFields.TextBigrams, "解读")), 1f);

        Assert.Equal(before, firstPass.ScoreDocs.Select(h => h.Score));
    }

    public void Dispose() => index.Dispose();
}
