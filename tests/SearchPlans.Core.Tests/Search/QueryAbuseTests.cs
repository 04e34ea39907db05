using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

/// <summary>Abusive queries get a clear message (QuerySyntaxException), never a crash or a stalled search.</summary>
public sealed class QueryAbuseTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private string MessageFor(string query) =>
        Assert.Throws<QuerySyntaxException>(() => index.Searcher.Search(new SearchRequest(query))).Message;

    [Fact]
    public void AHugeQuery_IsRefusedWithItsLength() =>
        Assert.Contains("the limit is 2000", MessageFor(string.Join(" OR ", Enumerable.Repeat("公开", 600))));

    [Fact]
    public void DeepNesting_IsRefusedBeforeTheRecursiveParserSeesIt() =>
        Assert.Contains("nests brackets", MessageFor(new string('(', 500) + "公开" + new string(')', 500)));

    [Fact]
    public void DeepNestingAfterAnEscapedQuote_IsRefusedBeforeTheRecursiveParserSeesIt() =>
        Assert.Contains("nests brackets", MessageFor("\\\"" + new string('(', 900) + "公开" + new string(')', 900)));

    [Fact]
    public void BracketsInsideAPhrase_DoNotCountAsNesting() =>
        Assert.Equal(0, index.Searcher.Search(new SearchRequest("\"" + new string('(', 40) + "\"")).Total);

    [Fact]
    public void ManyClauses_AreRefused() =>
        Assert.Contains("parts; the limit is 1024", MessageFor(string.Join(" ", Enumerable.Range(0, 400).Select(i => $"公开{(char)('一' + i)}"))));

    [Fact]
    public void FuzzyOnEveryTerm_IsRefused() =>
        Assert.Contains("wildcard, fuzzy", MessageFor(string.Join(" ", Enumerable.Range(0, 10).Select(i => $"公开{i}~"))));

    [Fact]
    public void ALeadingWildcardOrARegex_StaysAllowedAndAnswers()
    {
        Assert.True(index.Searcher.Search(new SearchRequest("*公开")).Total >= 0);
        Assert.True(index.Searcher.Search(new SearchRequest("/公.*/")).Total >= 0);
    }
}

/// <summary>A search that runs past the time limit is stopped with a message.</summary>
public sealed class SearchTimeLimitTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A clock on which every reading is a minute after the last: any search overruns.</summary>
    private sealed class RacingClock : Lucene.Net.Util.Counter
    {
        private long now;

        public override long AddAndGet(long delta) => Interlocked.Add(ref now, delta);

        public override long Value => Interlocked.Add(ref now, 60_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ASearchThatOverrunsTheTimeLimit_IsStoppedWithAMessage(int cores)
    {
        var corpus = SampleCorpus.Create();
        SearchPlans.Index.IndexBuilder.Build(corpus, folder.Combine("index"));
        // A second segment, so that two cores each have one to read.
        SearchPlans.Index.IndexBuilder.Update(corpus, folder.Combine("index"), new HashSet<string> { corpus.Plans[0].Id });
        using var searcher = new PlanSearcher(folder.Combine("index"), new RacingClock(), cores);

        var error = Assert.Throws<QuerySyntaxException>(() => searcher.Search(new SearchRequest("*")));

        Assert.Contains("took longer than 5 s", error.Message, StringComparison.Ordinal);
    }
}
