using SearchPlans.Review.Evaluation;
using SearchPlans.Index;
using SearchPlans.Model;
using SearchPlans.Review;
using SearchPlans.Tests.Align;

namespace SearchPlans.Tests.Review;

public sealed class ReviewOrderTests
{
    private static readonly Corpus Seeds = AlignTestData.SeedCorpus;

    /// <summary>
    /// The seed links and a few that only a hand-edited or older corpus has: a pair stored in both directions, a copy
    /// that differs only in its evidence (a tie in every key), a link inside one plan, and two from requirements the
    /// corpus no longer has, the weaker stored first.
    /// </summary>
    private static readonly Corpus OddLinks = Seeds with
    {
        Links =
        [
            .. Seeds.Links,
            Seeds.Links[0].Reversed() with { Kind = LinkKind.Related, Score = 0.5 },
            Seeds.Links[1] with { Evidence = ["copy"] },
            Seeds.Links[2] with { Target = Seeds.PlanOf(Seeds.Links[2].Source)!.Requirements[^1].Id },
            Seeds.Links[3] with { Source = "gone-2019-1", Kind = LinkKind.Related, Score = 0.01 },
            Seeds.Links[4] with { Source = "gone-2019-2", Kind = LinkKind.Related },
        ],
    };

    [Theory]
    [InlineData("everything")]
    [InlineData("each plan")]
    [InlineData("each linked requirement")]
    [InlineData("unknown plan or requirement")]
    public void Select_SeedCorpus_GivesWhatSortingEveryLinkPerRequestGave(string place) =>
        AssertSameAsSortedPerRequest(Seeds, place);

    [Theory]
    [InlineData("everything")]
    [InlineData("each plan")]
    [InlineData("each linked requirement")]
    [InlineData("unknown plan or requirement")]
    public void Select_OddLinks_GivesWhatSortingEveryLinkPerRequestGave(string place) =>
        AssertSameAsSortedPerRequest(OddLinks, place);

    [Theory]
    [InlineData("everything")]
    [InlineData("each plan")]
    [InlineData("each linked requirement")]
    [InlineData("unknown plan or requirement")]
    public void Select_OddLinksStoredAndMapped_ReadsTheStoredOrderAndGivesWhatSortingEveryLinkPerRequestGave(string place)
    {
        using var folder = new TempFolder();
        CorpusStore.Save(OddLinks, folder.Path);
        var stored = CorpusStore.Load(folder.Path);
        using var links = Assert.IsType<MappedLinkTable>(stored.Links);
        var ids = CounterpartRuns.PositionsOf(stored.Plans).OrderBy(p => p.Value).Select(p => p.Key);
        var runs = links.ReviewRunsFor(CounterpartRuns.DigestOf(ids));
        Assert.NotNull(runs);
        Assert.Equal(2, runs.SideCount - runs.PlacedCount);

        AssertSameAsSortedPerRequest(stored, place);
    }

    [Fact]
    public void FromPlan_LinkInsideThePlan_IsListedOnceFromItsSource()
    {
        var inside = OddLinks.Links.Count - 3;
        var plan = OddLinks.PlanOf(OddLinks.Links[inside].Source)!.Id;

        var readings = new ReviewOrder(OddLinks).FromPlan(plan, kind: null);

        Assert.Equal([new LinkReading(inside, false)], readings.Where(r => r.Index == inside));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(LinkKind.Equivalent)]
    [InlineData(LinkKind.Related)]
    public void Everything_ReadByIndex_GivesWhatWalkingItGives(LinkKind? kind)
    {
        var everything = new ReviewOrder(OddLinks).Everything(kind);

        var byIndex = Enumerable.Range(0, everything.Count).Select(i => everything[i]).ToList();

        Assert.Equal([.. everything], byIndex);
        Assert.NotEmpty(byIndex);
        Assert.Throws<ArgumentOutOfRangeException>(() => everything[everything.Count]);
    }

    private static void AssertSameAsSortedPerRequest(Corpus corpus, string place)
    {
        var order = new ReviewOrder(corpus);
        var judgements = Judgements(corpus);
        foreach (var (planId, requirementId) in Places(corpus, place))
            foreach (var kind in new LinkKind?[] { null, LinkKind.Equivalent, LinkKind.Related })
                foreach (var state in Enum.GetValues<ReviewState>())
                    // The first pages, the last one (clamped from beyond it), and all links on one page.
                    foreach (var (page, size) in new[] { (1, 7), (2, 7), (1000, 7), (1, 100_000) })
                    {
                        var filter = new ReviewFilter(planId, requirementId, kind, state, page, size);
                        var expected = SortedPerRequest.Select(corpus, judgements, filter);
                        var actual = ReviewQueue.Select(order, judgements, filter);
                        // By value: a linked corpus keeps its links as a LinkTable, which makes a new record (and evidence list) per read.
                        Assert.True(expected.Links.Select(Describe).SequenceEqual(actual.Links.Select(Describe)), $"links differ for {filter}");
                        Assert.Equal((expected.Total, expected.Page, expected.PageCount), (actual.Total, actual.Page, actual.PageCount));
                    }
    }

    private static string Describe(ReviewedLink reviewed) => $"{Index.LinkTableTests.Describe(reviewed.Link)}|{reviewed.Judgement}";

    private static IEnumerable<(string? Plan, string? Requirement)> Places(Corpus corpus, string place) => place switch
    {
        "each plan" => corpus.Plans.Select(p => ((string?)p.Id, (string?)null)),
        "each linked requirement" => corpus.Links.SelectMany(l => new[] { l.Source, l.Target }).Distinct().Select(id => ((string?)null, (string?)id)),
        "unknown plan or requirement" => [("nowhere-2020", null), (null, "nowhere-2020-1")],
        _ => [(null, null)],
    };

    /// <summary>
    /// Every fifth link confirmed and every seventh rejected, some judged from the target's side, the first one judged
    /// twice (the later judgement is in force), and one link marked added as if the index had linked it since.
    /// </summary>
    private static List<LinkJudgement> Judgements(Corpus corpus)
    {
        var judgements = new List<LinkJudgement>();
        for (var i = 0; i < corpus.Links.Count; i++)
        {
            var link = corpus.Links[i];
            if (i % 5 == 0)
                Add(link.Source, link.Target, ReviewVerdict.Confirmed);
            else if (i % 7 == 0)
                Add(link.Target, link.Source, ReviewVerdict.Rejected);
        }
        Add(corpus.Links[0].Target, corpus.Links[0].Source, ReviewVerdict.Rejected);
        Add(corpus.Links[1].Source, corpus.Links[1].Target, ReviewVerdict.Added);
        return judgements;

        void Add(string source, string target, ReviewVerdict verdict) =>
            judgements.Add(new LinkJudgement(judgements.Count + 1, source, target, verdict, GoldJudgement.Related, "", "", DateTimeOffset.UnixEpoch));
    }
}
