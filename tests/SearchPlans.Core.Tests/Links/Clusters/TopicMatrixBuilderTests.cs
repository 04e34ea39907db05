using System.Text.Json;
using SearchPlans.Index;
using SearchPlans.Links;
using SearchPlans.Links.Clusters;
using SearchPlans.Model;
using SearchPlans.Tests.Index;

namespace SearchPlans.Tests.Links.Clusters;

public sealed class TopicMatrixBuilderTests
{
    private static IEnumerable<(CellState, string?, double)> Cells(TopicRow row) =>
        row.Cells.Select(c => (c.State, c.RequirementIds.FirstOrDefault(), c.Strength));

    [Fact]
    public void Build_Default_KeepsClustersOfTwoOrMorePlansTheWidestFirst()
    {
        var matrix = TopicMatrixBuilder.Build(ClusterTestData.Corpus);

        Assert.Equal(["b-1", "a-2"], matrix.Rows.Select(r => r.Representative.Id));
        Assert.Equal([3, 2], matrix.Rows.Select(r => r.PlansCarrying));
    }

    [Fact]
    public void Build_Columns_PutThePlansCarryingMostClustersFirst() =>
        Assert.Equal(["a", "b", "c"], TopicMatrixBuilder.Build(ClusterTestData.Corpus).Plans.Select(p => p.Id));

    [Fact]
    public void Build_Cells_AreCarriedWithTheBestEquivalentScoreRelatedOnlyOrGaps()
    {
        var rows = TopicMatrixBuilder.Build(ClusterTestData.Corpus).Rows;

        Assert.Equal([(CellState.Carried, "a-1", 0.9), (CellState.Carried, "b-1", 0.9), (CellState.Carried, "c-1", 0.7)], Cells(rows[0]));
        // c has no member of {a-2, b-2}; c-3 is related to both, 0.3 to a-2 being the better.
        Assert.Equal([(CellState.Carried, "a-2", 0.8), (CellState.Carried, "b-2", 0.8), (CellState.RelatedOnly, "c-3", 0.3)], Cells(rows[1]));
    }

    [Fact]
    public void Build_DoubtfulRelatedLinks_LeaveAGapWhereTheOnlyLinkIsDoubtful_AndAreNeverTheRelatedCell()
    {
        // c-3's link to a-2 (0.3) is doubtful: the confident 0.2 link to b-2 becomes c's cell; with both doubtful, a gap.
        var oneDoubtful = ClusterTestData.Corpus with
        {
            Links = [.. ClusterTestData.Corpus.Links.Select(l => l.Source == "c-3" && l.Target == "a-2" ? l with { Confidence = LinkConfidence.Doubtful } : l)],
        };
        var bothDoubtful = ClusterTestData.Corpus with
        {
            Links = [.. ClusterTestData.Corpus.Links.Select(l => l.Source == "c-3" ? l with { Confidence = LinkConfidence.Doubtful } : l)],
        };

        Assert.Equal((CellState.RelatedOnly, "c-3", 0.2), Cells(TopicMatrixBuilder.Build(oneDoubtful).Rows[1]).Last());
        Assert.Equal((CellState.Gap, null, 0.0), Cells(TopicMatrixBuilder.Build(bothDoubtful).Rows[1]).Last());
    }

    [Fact]
    public void Build_MinPlansOne_AddsRequirementsNoOtherPlanCarriesWithTheirGaps()
    {
        var matrix = TopicMatrixBuilder.Build(ClusterTestData.Corpus, minPlans: 1);

        Assert.Equal(6, matrix.Rows.Count);
        var single = matrix.Rows.Single(r => r.Representative.Id == "a-3");
        Assert.Equal([(CellState.Carried, "a-3", 1.0), (CellState.Gap, null, 0.0), (CellState.RelatedOnly, "c-2", 0.4)], Cells(single));
        Assert.Equal(1, single.Gaps);
    }

    [Fact]
    public void Build_RowsCarriedByAsManyPlans_GroupBySharedGaps()
    {
        // Three two-plan clusters: a+b, b+c, a+b again. The two a+b rows must sit together, before b+c.
        var corpus = ClusterTestData.Corpus with
        {
            Links =
            [
                new("a-1", "b-1", LinkKind.Equivalent, Containment.Equivalent, 0.9, 0.9, 0.9, []),
                new("b-2", "c-2", LinkKind.Equivalent, Containment.Equivalent, 0.9, 0.9, 0.9, []),
                new("a-3", "b-3", LinkKind.Equivalent, Containment.Equivalent, 0.9, 0.9, 0.9, []),
            ],
        };

        var matrix = TopicMatrixBuilder.Build(corpus);

        Assert.Equal(["a-1", "a-3", "b-2"], matrix.Rows.Select(r => r.Representative.Id));
    }

    [Fact]
    public void Build_Seeds_ShowsJiangmensGapInThePerformanceWeightRequirement()
    {
        var matrix = TopicMatrixBuilder.Build(SearchPlans.Tests.Align.AlignTestData.SeedCorpus);

        var row = matrix.Rows.Single(r => r.Cluster.MemberIds.Contains("heyuan-2022-47"));
        Assert.Equal(["conghua-2019-5.1.2", "heyuan-2022-47", "zhanjiang-2021-45"], row.Cluster.MemberIds.Order(StringComparer.Ordinal));
        Assert.Equal(CellState.Gap, row.Cells.Single(c => c.PlanId == "jiangmen-zftzgcjsglzx-2022").State);
    }

    [Fact]
    public void Build_ChosenPlans_AreTheOnlyColumnsAndOnlyTheirLinksJoinClusters()
    {
        var corpus = ClusterTestData.Corpus;
        var chosen = corpus.Plans.Where(p => p.Id is "a" or "c").ToList();

        var matrix = TopicMatrixBuilder.Build(chosen, LinksByRequirement.Of(corpus.Links), minPlans: 1);

        Assert.Equal(["a", "c"], matrix.Plans.Select(p => p.Id).Order(StringComparer.Ordinal));
        // a-1 and c-1 were one cluster only through b-1; without b they stand apart.
        Assert.Contains(matrix.Rows, r => r.Cluster.MemberIds.SequenceEqual(["a-1"]));
        Assert.Contains(matrix.Rows, r => r.Cluster.MemberIds.SequenceEqual(["c-1"]));
        Assert.DoesNotContain(matrix.Rows, r => r.Cells.Count != 2);
    }

    [Fact]
    public void Build_ChosenPlansFromACounterpartIndex_MatchTheWholeCorpusMatrix()
    {
        var corpus = SearchPlans.Tests.Align.AlignTestData.SeedCorpus;

        var fromIndex = TopicMatrixBuilder.Build(corpus.Plans, LinksByRequirement.Of(new SearchPlans.Links.CounterpartIndex(corpus)));
        var fromLinks = TopicMatrixBuilder.Build(corpus);

        Assert.Equal(fromLinks.Plans.Select(p => p.Id), fromIndex.Plans.Select(p => p.Id));
        Assert.Equal(fromLinks.Rows.Select(r => r.Cluster.MemberIds), fromIndex.Rows.Select(r => r.Cluster.MemberIds));
        Assert.Equal(fromLinks.Rows.SelectMany(r => r.Cells.Select(c => c.State)), fromIndex.Rows.SelectMany(r => r.Cells.Select(c => c.State)));
    }

    [Fact]
    public void Build_PlansThatReadTheirRequirementsFromDisk_ReadOnlyTheRepresentativesPlansOnceEach()
    {
        // a holds both rows' representatives (b-1 is b's): c, which holds none, must not be read at all.
        var (plans, reads) = ReadCountingRequirements.Wrap(ClusterTestData.Corpus.Plans);

        var matrix = TopicMatrixBuilder.Build(plans, LinksByRequirement.Of(ClusterTestData.Corpus.Links));

        Assert.Equal(["b-1", "a-2"], matrix.Rows.Select(r => r.Representative.Id));
        Assert.Equal(["a 1", "b 1", "c 0"], reads.Select(r => $"{r.Key} {r.Value.Reads}"));
    }

    public static TheoryData<string> Corpora => LinkedCorpora.Names;

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Build_EveryGroupOfPlansOnDisk_IsTheMatrixOfThePlansReadWhole(string name)
    {
        var linked = LinkedCorpora.Named(name);
        using var folder = new TempFolder();
        CorpusStore.Save(linked, folder.Path);
        var (whole, mapped) = (CorpusStore.Load(folder.Path), CorpusStore.Map(folder.Path));
        Assert.All(mapped.Plans, p => Assert.IsAssignableFrom<IRequirementIds>(p.Requirements));
        var (wholeLinks, mappedLinks) = (LinksByRequirement.Of(new CounterpartIndex(whole)), LinksByRequirement.Of(new CounterpartIndex(mapped)));

        var groups = PlanGroups.Of(mapped.Plans);
        Assert.Equal(PlanGroups.Of(whole.Plans).Select(g => g.Key), groups.Select(g => g.Key));
        foreach (var group in groups)
            foreach (var minPlans in new[] { 1, 2 })
            {
                var expected = TopicMatrixBuilder.Build(PlanGroups.Find(PlanGroups.Of(whole.Plans), group.Key)!.Plans, wholeLinks, minPlans);
                Assert.Equal(Json(expected), Json(TopicMatrixBuilder.Build(group.Plans, mappedLinks, minPlans)));
            }
    }

    // Everything a matrix shows: its columns, and each row's members, representative (every field) and cells.
    private static string Json(TopicMatrix matrix) => JsonSerializer.Serialize(new
    {
        Columns = matrix.Plans.Select(p => p.Id),
        Rows = matrix.Rows.Select(r => new { r.Cluster, r.Representative, Plan = r.RepresentativePlan.Id, r.Cells }),
    });
}
