namespace SearchPlans.Align.Resolution;

/// <summary>Where a link's shared text sits in its source and in its target (0 opening, 1 end).</summary>
public sealed record SharedPlacement(double InSource, double InTarget);
