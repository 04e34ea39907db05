using SearchPlans.Search;

namespace SearchPlans.Tests.Search;

public sealed class LeafSlicesTests
{
    private static List<List<int>> Split(int[] sizes, int count) =>
        [.. LeafSlices.Split(sizes, s => s, count).Select(run => run.ToList())];

    [Fact]
    public void Split_CutsWhereTheRunsComeNearestToEqual()
    {
        Assert.Equal([[40], [30, 20, 10]], Split([40, 30, 20, 10], 2));
        Assert.Equal([[10, 20, 30], [40]], Split([10, 20, 30, 40], 2));
    }

    [Fact]
    public void Split_KeepsTheItemsInOrderAndLosesNone()
    {
        var sizes = new[] { 5, 90, 3, 3, 50, 1, 7, 12 };

        foreach (var count in new[] { 1, 2, 3, 4, 8, 20 })
        {
            var runs = Split(sizes, count);
            Assert.Equal(sizes, runs.SelectMany(r => r));
            Assert.InRange(runs.Count, 1, count);
            Assert.All(runs, r => Assert.NotEmpty(r));
        }
    }

    [Fact]
    public void Split_OneSegmentOrOneCore_GivesOneRun()
    {
        Assert.Equal([[7]], Split([7], 2));
        Assert.Equal([[1, 2, 3]], Split([1, 2, 3], 1));
    }
}
