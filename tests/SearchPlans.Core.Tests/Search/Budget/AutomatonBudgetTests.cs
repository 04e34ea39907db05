using SearchPlans.Search;

namespace SearchPlans.Tests.Search.Budget;

/// <summary>
/// Patterns whose automaton would explode are refused before Lucene builds it; each of these once took the process
/// down (a stack overflow) or all the machine's memory.
/// </summary>
public sealed class AutomatonBudgetTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private string MessageFor(string query) =>
        Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest(query))).Message;

    [Theory]
    [InlineData("/.{0,40000}/")]
    [InlineData("/.{0,65535}/")]
    [InlineData("/(.{0,30}){0,30}/")]
    [InlineData("/.*解.{20}/")]
    [InlineData("/~(.*解.{12})/")]
    [InlineData("/[a-z]{0,99}&.{0,99}/")]
    [InlineData("/((.{10}|[0-9]+|\"公开\"?|.){10,}|a+){10}/")]
    public void ARegexpWithAnExplodingAutomaton_IsRefusedAsTooCostly(string query) =>
        Assert.Contains("too costly", MessageFor(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("*****解??????????????????????????????")]
    [InlineData("*解??????????")]
    [InlineData("??????????解*")]
    public void AStarFollowedOrPrecededByManyQuestionMarks_IsRefusedAsTooCostly(string query) =>
        Assert.Contains("too costly", MessageFor(query), StringComparison.Ordinal);

    [Theory]
    // Patterns search the requirements' text; 公开 is also in one criterion only.
    [InlineData("/公开.*/", 7)]
    [InlineData("/.{0,50}/", 9)]
    [InlineData("*公开*", 7)]
    [InlineData("*解??", 0)]
    [InlineData("/<1-100>/", 0)]
    [InlineData("/[^a-z]+/", 9)]
    [InlineData("/~(公开)/", 9)]
    public void AModestPattern_StillAnswers(string query, int total) =>
        Assert.Equal(total, index.Searcher.Search(new SearchRequest(query)).Total);

    [Fact]
    public void ANamedAutomaton_IsRefusedWithAMessage() =>
        Assert.Contains("only number intervals", MessageFor("/<name>/"), StringComparison.Ordinal);

    [Fact]
    public void AnInvalidRegexp_KeepsLucenesReason() =>
        Assert.Contains("could not be read", MessageFor("/[z-a]/"), StringComparison.Ordinal);
}

/// <summary>Where the bound falls for the commonest exploding shape, `*` then a character then `?`s.</summary>
public sealed class AutomatonBudgetBoundaryTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void AStarACharacterAndFiveQuestionMarks_Answers() =>
        Assert.Equal(0, index.Searcher.Search(new SearchRequest("*解?????")).Total);

    [Fact]
    public void AStarACharacterAndSixQuestionMarks_IsRefused() =>
        Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest("*解??????")));
}
