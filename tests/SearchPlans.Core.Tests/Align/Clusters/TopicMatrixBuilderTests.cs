using SearchPlans.Align.Clusters;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Clusters;

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
}
