using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

public sealed class LinkTableTests
{
    private static readonly RequirementLink[] Links =
    [
        new("a-1", "b-1", LinkKind.Equivalent, Containment.Identical, 0.97, 1.0, 0.95, ["政务公开", "《条例》"]),
        new("a-2", "b-1", LinkKind.Related, Containment.ContainedBy, 0.31, 0.2, 0.6, []),
        new("b-1", "c-9", LinkKind.Related, Containment.Related, 0.123456789, 0.1, 0.15, ["政务公开"]) { Confidence = LinkConfidence.Doubtful },
    ];

    internal static string Describe(RequirementLink l) =>
        $"{l.Source}|{l.Target}|{l.Kind}|{l.Relation}|{l.Score:R}|{l.SourceInTarget:R}|{l.TargetInSource:R}|{string.Join(",", l.Evidence)}|{l.Confidence}";

    [Fact]
    public void Of_Links_ReadsBackEveryFieldExactly()
    {
        var table = LinkTable.Of(Links);

        Assert.Equal(Links.Length, table.Count);
        Assert.Equal(Links.Select(Describe), table.Select(Describe));
        Assert.Equal(Describe(Links[2]), Describe(table[2]));
    }

    [Fact]
    public void Builder_FilledInBatches_IsTheSameAsAtOnce()
    {
        var builder = new LinkTable.Builder(Links.Length);
        builder.AddRange(Links.Take(1));
        builder.AddRange(Links.Skip(1));

        Assert.Equal(Links.Select(Describe), builder.Build().Select(Describe));
    }

    [Fact]
    public void Builder_MoreOrFewerLinksThanMadeFor_IsRefused()
    {
        var full = new LinkTable.Builder(1);
        Assert.Throws<InvalidOperationException>(() => full.AddRange(Links));

        var short_ = new LinkTable.Builder(3);
        short_.AddRange(Links.Take(2));
        Assert.Throws<InvalidOperationException>(() => short_.Build());
    }

    [Fact]
    public void Empty_HasNoLinks() => Assert.Empty(LinkTable.Of([]));
}
