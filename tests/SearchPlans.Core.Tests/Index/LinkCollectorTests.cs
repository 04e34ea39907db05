using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

public sealed class LinkCollectorTests
{
    private static readonly RequirementLink[] Ordered =
    [
        new("a-1", "b-1", LinkKind.Equivalent, Containment.Identical, 0.97, 1.0, 0.95, ["政务公开", "《条例》"]),
        new("a-1", "b-2", LinkKind.Related, Containment.Related, 0.4, 0.3, 0.2, ["《条例》"]),
        new("a-10", "b-1", LinkKind.Related, Containment.ContainedBy, 0.31, 0.2, 0.6, []),
        new("a-2", "c-9", LinkKind.Related, Containment.Related, 0.123456789, 0.1, 0.15, ["政务公开"]) { Confidence = LinkConfidence.Doubtful },
    ];

    private static string Describe(RequirementLink l) => LinkTableTests.Describe(l);

    [Fact]
    public void ToTable_LinksAddedInAnyOrder_ComeOutBySourceThenTargetWithEveryField()
    {
        var collector = new LinkCollector();
        foreach (var link in new[] { Ordered[3], Ordered[1], Ordered[2], Ordered[0] })
            collector.Add(link);

        var table = collector.ToTable();

        Assert.Equal(4, collector.Count);
        Assert.Equal(Ordered.Select(Describe), table.Select(Describe));
    }

    [Fact]
    public void ToTable_MoreLinksThanAChunkHolds_AllInOrderWithTheirEvidence()
    {
        var links = Enumerable.Range(0, 40_000)
            .Select(i => new RequirementLink($"s-{i:D6}", $"t-{i % 7}", LinkKind.Related, Containment.Related, i / 40_000.0, 0.1, 0.2, [$"词{i % 13}", $"词{i % 5}"]))
            .ToList();
        var collector = new LinkCollector();
        foreach (var link in links.AsEnumerable().Reverse())
            collector.Add(link);

        Assert.Equal(links.Select(Describe), collector.ToTable().Select(Describe));
    }

    [Fact]
    public void ToTable_Nothing_IsAnEmptyTable()
    {
        Assert.Empty(new LinkCollector().ToTable());
    }
}
