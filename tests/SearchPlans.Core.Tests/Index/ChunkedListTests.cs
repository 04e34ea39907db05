using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

public sealed class ChunkedListTests
{
    [Fact]
    public void Indexer_ItemsAcrossManyChunks_EachWhereItWasAdded()
    {
        var list = new ChunkedList<long>();
        const int count = 100_003;
        for (var i = 0; i < count; i++)
            list.Add(i * 7L);

        Assert.Equal(count, list.Count);
        Assert.All(new[] { 0, 1, 16_383, 16_384, 16_385, 65_536, count - 1 }, i => Assert.Equal(i * 7L, list[i]));
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 7L), Enumerable.Range(0, count).Select(i => list[i]));
    }

    [Fact]
    public void Count_Nothing_IsZero() => Assert.Equal(0, new ChunkedList<int>().Count);
}
