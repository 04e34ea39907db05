using SearchPlans.Generate;

namespace SearchPlans.Tests.Generate;

public sealed class LayoutMixTests
{
    [Fact]
    public void Everything_GivesEveryLayoutAShare_AndTheSharesAddUpToOne()
    {
        Assert.Equal(Enum.GetValues<PlanLayout>().Order(), LayoutMix.Everything.Layouts.Order());
        Assert.All(LayoutMix.Everything.Shares, s => Assert.True(s.Share >= 0.05, $"{s.Layout} has {s.Share}"));
        Assert.Equal(1.0, LayoutMix.Everything.Shares.Sum(s => s.Share), precision: 9);
    }

    [Fact]
    public void Everything_GivesTheSeedLayoutsHalfThePlans()
    {
        Assert.Equal(0.5, LayoutMix.Everything.Shares.Where(s => LayoutMix.IsSeedLayout(s.Layout)).Sum(s => s.Share), precision: 9);
    }

    [Fact]
    public void SeedLayouts_KeepTheSeedFourInTheirProportions()
    {
        Assert.Equal([PlanLayout.SectionedTable, PlanLayout.DeadlineTable, PlanLayout.CellPerLine, PlanLayout.Prose], LayoutMix.SeedLayouts.Layouts);
        Assert.Equal(1.0, LayoutMix.SeedLayouts.Shares.Sum(s => s.Share), precision: 9);
        Assert.Equal(0.34, LayoutMix.SeedLayouts.Shares[0].Share, precision: 9);
    }

    [Fact]
    public void Choose_DrawsSpreadOverZeroToOne_PickEachLayoutInItsShare()
    {
        var picks = Enumerable.Range(0, 10_000).Select(i => LayoutMix.Everything.Choose(i / 10_000.0)).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(LayoutMix.Everything.Shares, s => Assert.InRange(picks[s.Layout], s.Share * 10_000 - 1, s.Share * 10_000 + 1));
    }

    [Fact]
    public void Only_NoLayoutKept_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => LayoutMix.Everything.Only(_ => false));
    }
}
