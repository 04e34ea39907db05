using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class DeadlineCollectorTests
{
    /// <summary>A clock that stands still unless moved, and counts how often it is read.</summary>
    private sealed class StillClock : Lucene.Net.Util.Counter
    {
        private long now;

        public int Readings { get; private set; }

        public override long AddAndGet(long delta) => now += delta;

        public override long Value
        {
            get
            {
                Readings++;
                return now;
            }
        }
    }

    private sealed class CountingCollector : ICollector
    {
        public int Collected { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => Collected++;
    }

    [Fact]
    public void Collect_ReadsTheClockOnceForEachStrideOfDocuments_NotForEachDocument()
    {
        var clock = new StillClock();
        var inner = new CountingCollector();
        var collector = DeadlineCollector.After(inner, clock, allowedMilliseconds: 1000);

        for (var doc = 0; doc < 3 * DeadlineCollector.Stride; doc++)
            collector.Collect(doc);

        Assert.Equal(3 * DeadlineCollector.Stride, inner.Collected);
        // One reading to set the deadline, then one at the first document of each stride.
        Assert.Equal(1 + 3, clock.Readings);
    }

    [Fact]
    public void Collect_PastTheDeadline_StopsAtTheNextReadingWithoutPassingMoreDocumentsOn()
    {
        var clock = new StillClock();
        var inner = new CountingCollector();
        var collector = DeadlineCollector.After(inner, clock, allowedMilliseconds: 1000);
        for (var doc = 0; doc < 10; doc++)
            collector.Collect(doc);

        clock.AddAndGet(1001);

        Assert.Throws<SearchTimeExceededException>(() =>
        {
            for (var doc = 10; doc < 2 * DeadlineCollector.Stride; doc++)
                collector.Collect(doc);
        });
        Assert.Equal(DeadlineCollector.Stride, inner.Collected);
    }

    [Fact]
    public void Collect_AtTheDeadlineExactly_GoesOn()
    {
        var clock = new StillClock();
        var inner = new CountingCollector();
        var collector = DeadlineCollector.After(inner, clock, allowedMilliseconds: 1000);

        clock.AddAndGet(1000);
        for (var doc = 0; doc < 2 * DeadlineCollector.Stride; doc++)
            collector.Collect(doc);

        Assert.Equal(2 * DeadlineCollector.Stride, inner.Collected);
    }
}
