using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class PlanQueryParserTests
{
    [Fact]
    public void ParseUserQuery_Term_SearchesBoostedWordsOrBigrams()
    {
        var query = Assert.IsType<BooleanQuery>(PlanQueryParser.ParseUserQuery("三同步"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.Equal([(IndexFields.Text, 2f), (IndexFields.TextBigrams, 1f)], query.Clauses.Select(c => (FieldOf(c.Query), c.Query.Boost)));
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
