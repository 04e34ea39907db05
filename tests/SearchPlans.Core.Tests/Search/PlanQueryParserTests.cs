using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanQueryParserTests
{
    [Fact]
    public void ParseUserQuery_TermOfSeveralIdeographs_MatchesEveryBigramOfIt()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("三同步"));

        var terms = query.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query).Term).ToList();
        Assert.Equal([Occur.MUST, Occur.MUST], query.Clauses.Select(c => c.Occur));
        Assert.All(terms, t => Assert.Equal(IndexFields.TextBigrams, t.Field));
        Assert.Equal(["三同", "同步"], terms.Select(t => t.Text));
    }

    [Theory]
    [InlineData("\"政府信息公开\"", new[] { "政府", "信息", "公开" }, new[] { 0, 2, 4 })]
    [InlineData("\"依申请公开\"", new[] { "依申", "请公", "公开" }, new[] { 0, 2, 3 })]
    [InlineData("\"三同步\"", new[] { "三同", "同步" }, new[] { 0, 1 })]
    public void ParseUserQuery_PhraseOfIdeographs_IsABigramPhraseWithEverySecondInnerPairLeftOut(string text, string[] pairs, int[] positions)
    {
        var query = Assert.IsType<PhraseQuery>(PlanQueryParser.ParseUserQuery(text));

        Assert.Equal(pairs, query.GetTerms().Select(t => t.Text));
        Assert.Equal(positions, query.GetPositions());
        Assert.All(query.GetTerms(), t => Assert.Equal(IndexFields.TextBigrams, t.Field));
    }

    [Fact]
    public void ParseUserQuery_PhraseAcrossPunctuation_KeepsTheGapAndThinsEachRunOnItsOwn()
    {
        var query = Assert.IsType<PhraseQuery>(PlanQueryParser.ParseUserQuery("\"政府，信息公开\""));

        Assert.Equal(["政府", "信息", "公开"], query.GetTerms().Select(t => t.Text));
        Assert.Equal([0, 3, 5], query.GetPositions());
    }

    [Fact]
    public void ParseUserQuery_SloppyPhrase_KeepsEveryPair()
    {
        var query = Assert.IsType<PhraseQuery>(PlanQueryParser.ParseUserQuery("\"政府信息公开\"~2"));

        Assert.Equal(5, query.GetTerms().Length);
    }

    [Fact]
    public void ParseRankingQuery_PhraseInTheWordField_KeepsEveryWord()
    {
        var query = Assert.IsType<PhraseQuery>(PlanQueryParser.ParseRankingQuery("\"推进政务公开工作\""));

        Assert.Equal(IndexFields.Text, query.GetTerms()[0].Field);
        Assert.Equal(query.GetTerms().Length, query.GetPositions().Distinct().Count());
        Assert.Equal(Enumerable.Range(0, query.GetTerms().Length), query.GetPositions());
    }

    [Fact]
    public void ParseUserQuery_SingleIdeograph_SearchesBoostedWordsOrBigrams()
    {
        // The bigram field holds a lone ideograph only where the text has one between punctuation.
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("网"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.Equal([(IndexFields.Text, 2f), (IndexFields.TextBigrams, 1f)], query.Clauses.Select(c => (FieldOf(c.Query), c.Query.Boost)));
    }

    [Fact]
    public void ParseRankingQuery_ReadsTheSameQueryInTheWordField()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseRankingQuery("政务公开 AND 年度报告"));

        Assert.All(query.Clauses, c => Assert.Equal(IndexFields.Text, FieldOf(c.Query)));
    }

    [Fact]
    public void ParseUserQuery_TermsWithoutOperator_AreAllRequired()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("预算 试点"));

        Assert.Equal([Occur.MUST, Occur.MUST], query.Clauses.Select(c => c.Occur));
    }

    [Fact]
    public void ParseUserQuery_UnitField_IsTheSameQueryAsTheUnitFilter()
    {
        Assert.Equal(FilterQueries.Unit("市司法局").ToString(), PlanQueryParser.ParseUserQuery("unit:市司法局").ToString());
    }

    [Fact]
    public void ParseUserQuery_FieldNames_IgnoreCase()
    {
        Assert.Equal(PlanQueryParser.ParseUserQuery("year:2022").ToString(), PlanQueryParser.ParseUserQuery("Year:2022").ToString());
    }

    private static string FieldOf(Query query)
    {
        var terms = new HashSet<Lucene.Net.Index.Term>();
        query.ExtractTerms(terms);
        return terms.Select(t => t.Field).Distinct().Single();
    }
}
