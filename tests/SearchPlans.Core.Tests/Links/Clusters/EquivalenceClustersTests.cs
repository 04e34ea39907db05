using SearchPlans.Links.Clusters;

namespace SearchPlans.Tests.Links.Clusters;

public sealed class EquivalenceClustersTests
{
    [Fact]
    public void Find_ChainOfEquivalents_IsOneClusterAndRelatedLinksJoinNothing()
    {
        var clusters = EquivalenceClusters.Find(ClusterTestData.Corpus);

        Assert.Equal(
            [["a-1", "b-1", "c-1"], ["a-2", "b-2"], ["a-3"], ["b-3"], ["c-2"], ["c-3"]],
            clusters.Select(c => c.MemberIds).OrderBy(m => m[0], StringComparer.Ordinal));
    }

    [Fact]
    public void Find_Representative_IsTheMemberWithTheStrongestTiesEarliestOnATie()
    {
        var clusters = EquivalenceClusters.Find(ClusterTestData.Corpus).ToDictionary(c => c.MemberIds[0]);

        Assert.Equal("b-1", clusters["a-1"].RepresentativeId);
        Assert.Equal("a-2", clusters["a-2"].RepresentativeId);
    }

    [Fact]
    public void Find_Seeds_PutsEveryRequirementInExactlyOneCluster()
    {
        var corpus = SearchPlans.Tests.Align.AlignTestData.SeedCorpus;

        var members = EquivalenceClusters.Find(corpus).SelectMany(c => c.MemberIds).ToList();

        Assert.Equal(corpus.Plans.Sum(p => p.Requirements.Count), members.Count);
        Assert.Equal(members.Count, members.Distinct().Count());
    }
}
