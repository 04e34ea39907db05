using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class QueryTermsTests
{
    private static IReadOnlySet<string> BigramTerms(string query) =>
        QueryTerms.Extract(PlanQueryParser.ParseUserQuery(query))[IndexFields.TextBigrams];

    [Fact]
    public void Extract_NotClause_LeavesItsTermsOut()
    {
        Assert.Equal(["预算"], BigramTerms("预算 NOT 试点"));
    }

    [Fact]
    public void Extract_Phrase_KeepsEveryTermThePhraseMatchesBy()
    {
        // 步审 is left out of the phrase; 同步 and 审签 touch, so the mark still covers 同步审签.
        Assert.True(BigramTerms("\"同步审签\"").SetEquals(["同步", "审签"]));
    }

    [Fact]
    public void Extract_FieldValueOnly_HasNoTextTerms()
    {
        var terms = QueryTerms.Extract(PlanQueryParser.ParseUserQuery("jurisdiction:河源市 AND year:2022"));

        Assert.All(terms.Values, set => Assert.Empty(set));
    }
}
