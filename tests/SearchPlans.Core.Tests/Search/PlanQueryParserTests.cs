using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanQueryParserTests
{
    // The part of a query that searches one field: a phrase, or a term, boosted by the field's weight.
    private static Query InField(Query query, string field) => query switch
    {
        BooleanQuery { Clauses.Count: 1 } one => InField(one.Clauses[0].Query, field),
        DisjunctionMaxQuery max => max.Disjuncts.Select(d => InFieldOrNull(d, field)).OfType<Query>().Single(),
        _ => InFieldOrNull(query, field) ?? throw new InvalidOperationException($"nothing in {field}: {query}"),
    };

    private static Query? InFieldOrNull(Query query, string field)
    {
        var terms = new HashSet<Lucene.Net.Index.Term>();
        query.ExtractTerms(terms);
        return terms.Count > 0 && terms.All(t => t.Field == field) ? query : null;
    }

    [Fact]
    public void ParseUserQuery_TermOfSeveralWords_RequiresEachWordWhole()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("政府信息公开年度报告"));

        var words = query.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => InField(c.Query, IndexFields.TextBigrams)).ToList();
        Assert.Equal(["政府", "信息", "公开", "年度", "报告"], words.Select(w => Assert.IsType<TermQuery>(w).Term.Text));
    }

    [Fact]
    public void ParseRankingQuery_TermOfSeveralWords_RanksTheWholePhraseHigher()
    {
        var query = PlanQueryParser.ParseRankingQuery("政府信息公开年度报告");

        var phrases = new List<PhraseQuery>();
        void Collect(Query q)
        {
            if (q is PhraseQuery p)
                phrases.Add(p);
            else if (q is BooleanQuery b)
                foreach (var c in b.Clauses)
                    Collect(c.Query);
        }
        Collect(query);
        var phrase = Assert.Single(phrases, p => p.GetTerms()[0].Field == IndexFields.TextBigrams);
        Assert.Equal(["政府", "信息", "公开", "年度", "报告"], phrase.GetTerms().Select(t => t.Text));
        Assert.True(phrase.Boost > 1f);
    }

    [Fact]
    public void ParseUserQuery_TermOfSeveralWords_MatchesWithoutReadingPositions()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("政府信息公开年度报告"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    [Fact]
    public void ParseUserQuery_AWordOfThreeCharacters_IsItsPairsInARow()
    {
        var query = PlanQueryParser.ParseUserQuery("三同步");

        var phrase = Assert.IsType<PhraseQuery>(InField(query, IndexFields.TextBigrams));
        Assert.Equal(["三同", "同步"], phrase.GetTerms().Select(t => t.Text));
        Assert.Equal([0, 1], phrase.GetPositions());
    }

    [Theory]
    [InlineData("\"政府信息公开\"", new[] { "政府", "信息", "公开" }, new[] { 0, 2, 4 })]
    [InlineData("\"依申请公开\"", new[] { "依申", "请公", "公开" }, new[] { 0, 2, 3 })]
    [InlineData("\"三同步\"", new[] { "三同", "同步" }, new[] { 0, 1 })]
    public void ParseUserQuery_PhraseOfIdeographs_IsABigramPhraseWithEverySecondInnerPairLeftOut(string text, string[] pairs, int[] positions)
    {
        var query = Assert.IsType<PhraseQuery>(InField(PlanQueryParser.ParseUserQuery(text), IndexFields.TextBigrams));

        Assert.Equal(pairs, query.GetTerms().Select(t => t.Text));
        Assert.Equal(positions, query.GetPositions());
    }

    [Fact]
    public void ParseUserQuery_Phrase_IsAlsoSearchedInTheOtherFields_WeighingLess()
    {
        var query = Assert.IsType<DisjunctionMaxQuery>(PlanQueryParser.ParseUserQuery("\"政府信息公开\""));

        var text = InField(query, IndexFields.TextBigrams);
        var criteria = InField(query, IndexFields.CriteriaBigrams);
        Assert.True(criteria.Boost < text.Boost);
    }

    [Fact]
    public void ParseUserQuery_PhraseAcrossPunctuation_KeepsTheGapAndThinsEachRunOnItsOwn()
    {
        var query = Assert.IsType<PhraseQuery>(InField(PlanQueryParser.ParseUserQuery("\"政府，信息公开\""), IndexFields.TextBigrams));

        Assert.Equal(["政府", "信息", "公开"], query.GetTerms().Select(t => t.Text));
        Assert.Equal([0, 3, 5], query.GetPositions());
    }

    [Fact]
    public void ParseUserQuery_SloppyPhrase_KeepsEveryPair()
    {
        var query = Assert.IsType<PhraseQuery>(InField(PlanQueryParser.ParseUserQuery("\"政府信息公开\"~2"), IndexFields.TextBigrams));

        Assert.Equal(5, query.GetTerms().Length);
    }

    [Fact]
    public void ParseRankingQuery_PhraseInTheWordField_KeepsEveryWord()
    {
        var query = Assert.IsType<PhraseQuery>(PlanQueryParser.ParseRankingQuery("\"推进政务公开工作\""));

        Assert.Equal(IndexFields.Text, query.GetTerms()[0].Field);
        Assert.Equal(Enumerable.Range(0, query.GetTerms().Length), query.GetPositions());
    }

    [Fact]
    public void ParseUserQuery_SingleIdeograph_SearchesTheWordFieldOrALoneBigramToken()
    {
        // The bigram field holds a lone ideograph only where the text has one between punctuation.
        var query = PlanQueryParser.ParseUserQuery("网");

        Assert.Equal("网", Assert.IsType<TermQuery>(InField(query, IndexFields.Text)).Term.Text);
        Assert.Equal("网", Assert.IsType<TermQuery>(InField(query, IndexFields.TextBigrams)).Term.Text);
    }

    [Fact]
    public void ParseRankingQuery_ReadsTheWordsInTheWordField()
    {
        var terms = new HashSet<Lucene.Net.Index.Term>();
        PlanQueryParser.ParseRankingQuery("政务公开 AND 年度报告").ExtractTerms(terms);

        Assert.Contains(terms, t => t.Field == IndexFields.Text && t.Text == "年度");
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

    [Fact]
    public void ParseUserQuery_RequirementId_MatchesTheIdField()
    {
        var terms = new HashSet<Lucene.Net.Index.Term>();
        PlanQueryParser.ParseUserQuery("heyuan-2022-26").ExtractTerms(terms);

        Assert.Contains(new Lucene.Net.Index.Term(IndexFields.Id, "heyuan-2022-26"), terms);
    }

    [Theory]
    [InlineData("政府网站")]
    [InlineData("\"政府\"")]
    public void AWordMostPlacesHold_IsLookedForInTheTextNotThePlace(string typed)
    {
        var context = new SearchPlans.Search.Reading.QueryContext(SearchPlans.Search.Reading.QueryVariants.None, namesAPlace: word => word != "政府");
        var terms = new HashSet<Lucene.Net.Index.Term>();

        PlanQueryParser.Parse(typed, ReadingMode.Match, context).ExtractTerms(terms);

        Assert.Contains(new Lucene.Net.Index.Term(IndexFields.TextBigrams, "政府"), terms);
        Assert.DoesNotContain(new Lucene.Net.Index.Term(IndexFields.PlaceBigrams, "政府"), terms);
    }

    [Fact]
    public void AWordThatSaysWhere_IsLookedForInThePlaceToo()
    {
        var terms = new HashSet<Lucene.Net.Index.Term>();

        PlanQueryParser.ParseUserQuery("江门 网站").ExtractTerms(terms);

        Assert.Contains(new Lucene.Net.Index.Term(IndexFields.PlaceBigrams, "江门"), terms);
        Assert.Contains(new Lucene.Net.Index.Term(IndexFields.PlaceBigrams, "网站"), terms);
    }
}
