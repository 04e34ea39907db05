using SearchPlans.Review.Evaluation;
using SearchPlans.Index;
using SearchPlans.Review;
using SearchPlans.Links;

namespace SearchPlans.Tests.Review;

public sealed class ReviewStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void PathFor_IndexFolder_IsAFileBesideIt()
    {
        var index = folder.Combine("index");

        Assert.Equal(folder.Combine("index.reviews.sqlite"), ReviewStore.PathFor(index));
        Assert.Equal(folder.Combine("index.reviews.sqlite"), ReviewStore.PathFor(index + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Undo_TheJudgementInForce_PutsThePairsEarlierJudgementBackInForce()
    {
        var store = ReviewStore.ForIndex(folder.Combine("index"));
        var confirmed = store.Record(ReviewTestData.Draft("confirm", "a-1", "b-1"));
        var rejected = store.Record(ReviewTestData.Draft("reject", "b-1", "a-1"));

        Assert.Equal(rejected, store.Undo(rejected.Id));

        Assert.Equal([confirmed.Id], store.Current().Select(j => j.Id));
    }

    [Fact]
    public void Undo_AJudgementSinceReplaced_IsRefusedAndKeepsTheHistory()
    {
        var store = ReviewStore.ForIndex(folder.Combine("index"));
        var confirmed = store.Record(ReviewTestData.Draft("confirm", "a-1", "b-1"));
        store.Record(ReviewTestData.Draft("reject", "a-1", "b-1"));

        Assert.Null(store.Undo(confirmed.Id));
        Assert.Null(store.Undo(12345));
        Assert.Equal(2, store.History().Count);
    }

    [Fact]
    public void History_BeforeTheFirstJudgement_IsEmptyAndCreatesNoFile()
    {
        var store = ReviewStore.ForIndex(folder.Combine("index"));

        Assert.Empty(store.History());
        Assert.False(File.Exists(store.DatabasePath));
    }

    [Fact]
    public void Record_FirstJudgement_CreatesTheDatabaseAndKeepsEveryField()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var store = ReviewStore.ForIndex(folder.Combine("index"), clock);

        store.Record(ReviewTestData.Draft("confirm", "a-1", "b-1", note: "逐字相同\t（同一上级文件）"));

        var stored = Assert.Single(ReviewStore.ForIndex(folder.Combine("index")).History());
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal(new LinkJudgement(1, "a-1", "b-1", ReviewVerdict.Confirmed, GoldJudgement.Equivalent, "逐字相同\t（同一上级文件）", "reviewer", clock.Now), stored);
    }

    [Fact]
    public void Current_PairJudgedTwiceInEitherDirection_KeepsTheLatest()
    {
        var store = ReviewStore.ForIndex(folder.Combine("index"));
        store.Record(ReviewTestData.Draft("confirm", "a-1", "b-1"));
        store.Record(ReviewTestData.Draft("confirm", "a-2", "b-2"));
        store.Record(ReviewTestData.Draft("reject", "b-1", "a-1"));

        var current = store.Current();

        Assert.Equal(3, store.History().Count);
        Assert.Equal([(3L, ReviewVerdict.Rejected), (2L, ReviewVerdict.Confirmed)], current.Select(j => (j.Id, j.Verdict)));
    }

    [Fact]
    public void Judgements_IndexRebuiltWithOtherLinks_AreKeptAndReadAgainstTheNewLinks()
    {
        var index = folder.Combine("index");
        IndexBuilder.Build(ReviewTestData.Corpus, index);
        ReviewStore.ForIndex(index).Record(ReviewTestData.Draft("confirm", "a-3", "b-3", note: "same obligation"));

        var rebuilt = ReviewTestData.Corpus with { Links = [.. ReviewTestData.Corpus.Links.Where(l => l.Source != "a-3")] };
        IndexBuilder.Build(rebuilt, index);

        var kept = Assert.Single(ReviewStore.ForIndex(index).Current());
        Assert.Equal(("a-3", "b-3", "same obligation"), (kept.Source, kept.Target, kept.Note));
        var standing = Assert.Single(JudgementStanding.Read(new CounterpartIndex(CorpusStore.Load(index)), [kept]));
        Assert.True(standing.RequirementsFound);
        Assert.Null(standing.CurrentLink);
    }

    [Fact]
    public void Standing_RequirementGoneAfterReindexing_IsMarkedNotFound()
    {
        var judgement = new LinkJudgement(1, "a-1", "c-9", ReviewVerdict.Added, GoldJudgement.Related, "", "", DateTimeOffset.UnixEpoch);

        var standing = Assert.Single(JudgementStanding.Read(new CounterpartIndex(ReviewTestData.Corpus), [judgement]));

        Assert.False(standing.RequirementsFound);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now => now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Reviewers judging at the same moment each get their judgement written: writers wait, none fails.</summary>
public sealed class ConcurrentReviewStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Record_ManyWritersAtOnce_AllSucceed()
    {
        const int writers = 20, each = 15;
        var index = folder.Combine("index");
        using var start = new Barrier(writers);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();

        // A store per judgement, as separate `review confirm` processes would open the file each on its own,
        // with reads in between, as the review page makes them.
        var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < each; i++)
            {
                var n = 1 + (w + i) % 3;
                try
                {
                    ReviewStore.ForIndex(index).Record(ReviewTestData.Draft("confirm", $"a-{n}", $"b-{n}"));
                    _ = ReviewStore.ForIndex(index).CurrentFor($"a-{n}");
                }
                catch (Microsoft.Data.Sqlite.SqliteException e)
                {
                    failures.Enqueue(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(writers * each, ReviewStore.ForIndex(index).History().Count);
    }
}
