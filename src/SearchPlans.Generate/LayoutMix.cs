namespace SearchPlans.Generate;

/// <summary>
/// The share of generated plans written in each layout. The seed plans' layouts keep half of all plans, the layouts
/// drawn from real plans share the other half, so bench and the scale figures are measured on both.
/// </summary>
public sealed class LayoutMix
{
    /// <summary>Every layout the generator writes.</summary>
    public static LayoutMix Everything { get; } = new(
    [
        (PlanLayout.SectionedTable, 0.17),
        (PlanLayout.DeadlineTable, 0.10),
        (PlanLayout.CellPerLine, 0.10),
        (PlanLayout.Prose, 0.13),
        (PlanLayout.PipeRowTable, 0.12),
        (PlanLayout.PipeCellTable, 0.06),
        (PlanLayout.BlankLineCellTable, 0.06),
        (PlanLayout.NumberedProse, 0.10),
        (PlanLayout.Outline, 0.05),
        (PlanLayout.BracketUnitProse, 0.11),
    ]);

    /// <summary>Only the four layouts of the seed plans, in their proportions among themselves.</summary>
    public static LayoutMix SeedLayouts { get; } = Everything.Only(IsSeedLayout);

    private readonly (PlanLayout Layout, double Share)[] shares;

    private LayoutMix((PlanLayout, double)[] shares) => this.shares = shares;

    /// <summary>Each layout and the share of plans written in it; the shares add up to one.</summary>
    public IReadOnlyList<(PlanLayout Layout, double Share)> Shares => shares;

    public IEnumerable<PlanLayout> Layouts => shares.Select(s => s.Layout);

    /// <summary>The four layouts drawn from the seed plans (Heyuan, Zhanjiang, Conghua, Qingyuan).</summary>
    public static bool IsSeedLayout(PlanLayout layout) =>
        layout is PlanLayout.SectionedTable or PlanLayout.DeadlineTable or PlanLayout.CellPerLine or PlanLayout.Prose;

    /// <summary>The layouts that pass the filter, their shares scaled to add up to one.</summary>
    public LayoutMix Only(Func<PlanLayout, bool> keep)
    {
        var kept = shares.Where(s => keep(s.Layout)).ToArray();
        var total = kept.Sum(s => s.Share);
        if (kept.Length == 0)
            throw new ArgumentException("no layout passes the filter", nameof(keep));
        return new LayoutMix([.. kept.Select(s => (s.Layout, s.Share / total))]);
    }

    /// <param name="draw">A number in [0, 1), one draw per plan, so a seed gives the same layouts.</param>
    public PlanLayout Choose(double draw)
    {
        var upTo = 0.0;
        foreach (var (layout, share) in shares)
        {
            upTo += share;
            if (draw < upTo)
                return layout;
        }
        return shares[^1].Layout;
    }
}
