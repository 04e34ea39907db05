using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPlans.Analysis;

namespace SearchPlans.Core.Tests.Analysis;

public class PlanAnalyzersTests
{
    private const string SeedSentence = "落实政策文件解读工作的“三同步”工作机制，做到应解读尽解读。";

    [Theory]
    [InlineData("words", "\"三同步\"", SeedSentence, true)]
    [InlineData("bigrams", "\"三同步\"", SeedSentence, true)]
    [InlineData("words", "\"三同步\"", "三个同步", false)]
    [InlineData("bigrams", "\"三同步\"", "三个同步", false)]
    [InlineData("words", "\"依申请公开\"", "提升各单位依申请公开工作办理实效", true)]
    [InlineData("words", "\"資訊公開\"", "政府资讯公开平台", true)]
    [InlineData("bigrams", "\"資訊公開\"", "政府资讯公开平台", true)]
    [InlineData("exact", "\"（县发改局）\"", "(县发改局)", true)]
    public void Search_PhraseQuery_MatchesIndexedText(string field, string query, string text, bool matches)
    {
        Assert.Equal(matches ? 1 : 0, CountHits(field, query, text));
    }

    [Fact]
    public void Analyze_EightThreadsOnSeedLines_MatchesSingleThreaded()
    {
        var lines = SeedLines.All;
        var expected = lines.Select(Analyze).ToList();
        var mismatches = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var round = 0; round < 3; round++)
                {
                    for (var i = 0; i < lines.Count; i++)
                    {
                        // Each thread starts at a different line, so different texts overlap in time.
                        var index = (i + (t * lines.Count / 8)) % lines.Count;
                        if (!Analyze(lines[index]).SequenceEqual(expected[index]))
                        {
                            Interlocked.Increment(ref mismatches);
                        }
                    }
                }
            }
            catch (Exception e)
            {
                // A race shows as garbage offsets as often as wrong tokens; either fails the test, not the run.
                failures.Enqueue(e);
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Empty(failures);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Analyze_RandomText_NeverThrowsAndKeepsOffsetsInOrder()
    {
        Analyzer[] analyzers = [PlanAnalyzers.Words, PlanAnalyzers.IcuWords, PlanAnalyzers.Bigrams];
        foreach (var text in RandomText.Strings(seed: 20221130, count: 1000))
        {
            // The exact analyzer keeps the whole value, even an empty one, as its single token.
            Assert.Equal([(0, text.Length)], AnalyzedToken.Read(PlanAnalyzers.Exact, text).Select(t => (t.Start, t.End)));
            foreach (var analyzer in analyzers)
            {
                var tokens = AnalyzedToken.Read(analyzer.GetTokenStream("field", text), out var finalOffset);

                Assert.Equal(text.Length, finalOffset);
                var lastStart = 0;
                foreach (var token in tokens)
                {
                    Assert.NotEmpty(token.Term);
                    Assert.InRange(token.Start, lastStart, text.Length);
                    Assert.InRange(token.End, token.Start, text.Length);
                    lastStart = token.Start;
                }
            }
        }
    }

    private static List<string> Analyze(string line) =>
        AnalyzedToken.Read(PlanAnalyzers.Words, line).Select(t => $"{t.Term}@{t.Start}-{t.End}")
            .Concat(AnalyzedToken.Read(PlanAnalyzers.IcuWords, line).Select(t => $"{t.Term}@{t.Start}-{t.End}"))
            .Concat(AnalyzedToken.Read(PlanAnalyzers.Bigrams, line).Select(t => $"{t.Term}@{t.Start}-{t.End}"))
            .ToList();

    private static int CountHits(string field, string query, string text)
    {
        var analyzer = new PerFieldAnalyzerWrapper(PlanAnalyzers.Words, new Dictionary<string, Analyzer>
        {
            ["bigrams"] = PlanAnalyzers.Bigrams,
            ["exact"] = PlanAnalyzers.Exact,
        });
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PlanAnalyzers.MatchVersion, analyzer)))
        {
            writer.AddDocument(
            [
                new TextField("words", text, Field.Store.NO),
                new TextField("bigrams", text, Field.Store.NO),
                new TextField("exact", text, Field.Store.NO),
            ]);
        }

        using var reader = DirectoryReader.Open(directory);
        var parsed = new QueryParser(PlanAnalyzers.MatchVersion, field, analyzer).Parse(query);
        return new IndexSearcher(reader).Search(parsed, 10).TotalHits;
    }
}
