using SearchPlans.Compare;
using SearchPlans.Model;
using SearchPlans.Tests.Align;

namespace SearchPlans.Core.Tests.Compare;

/// <summary>"Only in A / only in B" on the seed plans: one definition, whichever plan is A.</summary>
public class SeedComparisonTests
{
    private const string Jiangmen = "jiangmen-zftzgcjsglzx-2022";
    private const string Heyuan = "heyuan-2022";
    private const string Qingyuan = "qingyuan-2022";
    private const string Zhanjiang = "zhanjiang-2021";

    private static readonly string[] JiangmenLacksInHeyuan = ["18", "21", "25", "30"];

    public static TheoryData<string, string> PlanPairs()
    {
        var ids = AlignTestData.SeedCorpus.Plans.Select(p => p.Id).ToList();
        var pairs = new TheoryData<string, string>();
        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
                pairs.Add(a, b);
        }

        return pairs;
    }

    private static PlanComparison Compare(string a, string b) => new PlanComparer().Compare(AlignTestData.SeedCorpus, a, b);

    [Fact]
    public void Compare_JiangmenWithHeyuan_OnlyInAIsTheFourItemsHeyuanHasNoEquivalentOf()
    {
        var comparison = Compare(Jiangmen, Heyuan);

        Assert.Equal(JiangmenLacksInHeyuan, comparison.OnlyInA.Select(x => x.Requirement.Number));
        Assert.Equal(28, comparison.OnlyInB.Count);
        Assert.Equal((30, 54, 26, 4, 28), (comparison.Summary.ACount, comparison.Summary.BCount, comparison.Summary.Equivalent, comparison.Summary.OnlyInA, comparison.Summary.OnlyInB));
    }

    [Fact]
    public void Compare_HeyuanWithJiangmen_GivesTheSameListsTheOtherWayRound()
    {
        var forward = Compare(Jiangmen, Heyuan);
        var swapped = Compare(Heyuan, Jiangmen);

        Assert.Equal(forward.OnlyInB.Select(x => x.Requirement.Id), swapped.OnlyInA.Select(x => x.Requirement.Id));
        Assert.Equal(JiangmenLacksInHeyuan, swapped.OnlyInB.Select(x => x.Requirement.Number));
        Assert.Equal((28, 4), (swapped.Summary.OnlyInA, swapped.Summary.OnlyInB));
    }

    [Fact]
    public void Compare_JiangmenItemWithOnlyRelatedItemsInHeyuan_ListsThemAsPartialMatches()
    {
        var item25 = Compare(Jiangmen, Heyuan).OnlyInA.Single(x => x.Requirement.Number == "25");

        Assert.Equal(["45"], item25.PartialMatches.Select(c => c.Requirement.Number));
        Assert.All(item25.PartialMatches, c => Assert.Equal(LinkKind.Related, c.Kind));
    }

    // 江门 21 (publishing format, column names, marking repealed files) shares only 信息发布 wording with 河源 2 (the
    // normative-document library) and 38: doubtful links, so it has no partial match and is not counted as related.
    [Fact]
    public void Compare_JiangmenItemWithOnlyDoubtfulLinksToHeyuan_ListsThemAsWeakerAndTheSummaryDoesNotCountThem()
    {
        var comparison = Compare(Jiangmen, Heyuan);
        var item21 = comparison.OnlyInA.Single(x => x.Requirement.Number == "21");

        Assert.Empty(item21.PartialMatches);
        Assert.Equal(["2", "38"], item21.Weaker.Select(c => c.Requirement.Number));
        Assert.Null(comparison.Rows.Single(r => r.A.Number == "21").B);
        Assert.Equal(comparison.OnlyInA.Count(x => x.PartialMatches.Count > 0), comparison.Summary.Related);
        Assert.Equal(1, comparison.Summary.Related);
    }

    // 湛江 2021 item 33 bundles four tasks on the 政府公报 (电子化, 数据库, 数字化利用, 传播); 从化 2019 states the
    // first two as items 4.3.1 and 4.3.2. The part carrying the bundle's opening is its equivalent, the later part is
    // related, as the blind judgements label them; and each side's "only in" list follows from that, both ways.
    [Fact]
    public void Compare_BundleAndItsParts_TheOpeningPartIsTheEquivalent_TheLaterPartIsOnlyInItsPlan()
    {
        const string Bundle = "zhanjiang-2021-33", Opening = "conghua-2019-4.3.1", Later = "conghua-2019-4.3.2";
        var forward = Compare("conghua-2019", Zhanjiang);
        var swapped = Compare(Zhanjiang, "conghua-2019");

        var opening = forward.Rows.Single(r => r.A.Id == Opening);
        Assert.Equal((Bundle, LinkKind.Equivalent), (opening.B?.Id, opening.Kind));
        var later = forward.OnlyInA.Single(x => x.Requirement.Id == Later);
        Assert.Contains(later.PartialMatches, c => c.Requirement.Id == Bundle && c.Kind == LinkKind.Related);
        Assert.DoesNotContain(forward.OnlyInB, x => x.Requirement.Id == Bundle);
        Assert.Contains(swapped.OnlyInB.Single(x => x.Requirement.Id == Later).PartialMatches, c => c.Requirement.Id == Bundle && c.Kind == LinkKind.Related);
        Assert.DoesNotContain(swapped.OnlyInA, x => x.Requirement.Id == Bundle);
        var bundle = swapped.Rows.Single(r => r.A.Id == Bundle);
        Assert.Equal((Opening, LinkKind.Equivalent), (bundle.B?.Id, bundle.Kind));
        Assert.Contains(bundle.AlsoRelated, c => c.Requirement.Id == Later);
    }

    [Fact]
    public void Compare_QingyuanWithZhanjiang_CoverageCountsTheThreeEquivalents()
    {
        var summary = Compare(Qingyuan, Zhanjiang).Summary;

        Assert.Equal((31, 3, 28), (summary.ACount, summary.Equivalent, summary.OnlyInA));
        Assert.Equal(3.0 / 31, summary.ShareOfACoveredByB, 9);
        Assert.Equal(3.0 / 50, summary.ShareOfBCoveredByA, 9);
    }

    [Theory]
    [MemberData(nameof(PlanPairs))]
    public void Compare_AnyTwoSeedPlans_SummaryCountsTheListsAndSwappingSwapsThem(string a, string b)
    {
        var forward = Compare(a, b);
        var swapped = Compare(b, a);

        Assert.Equal((forward.OnlyInA.Count, forward.OnlyInB.Count), (forward.Summary.OnlyInA, forward.Summary.OnlyInB));
        Assert.Equal(forward.Rows.Where(r => r.IsOnlyInA).Select(r => r.A.Id), forward.OnlyInA.Select(x => x.Requirement.Id));
        Assert.Equal(forward.Summary.ACount, forward.Summary.Equivalent + forward.Summary.OnlyInA);
        Assert.Equal((double)forward.Summary.Equivalent / forward.Summary.ACount, forward.Summary.ShareOfACoveredByB, 9);
        Assert.Equal(forward.OnlyInA.Select(x => x.Requirement.Id), swapped.OnlyInB.Select(x => x.Requirement.Id));
        Assert.Equal(forward.OnlyInB.Select(x => x.Requirement.Id), swapped.OnlyInA.Select(x => x.Requirement.Id));
    }
}
