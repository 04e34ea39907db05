namespace SearchPlans.Generate;

/// <summary>
/// Gives some requirements the units and deadline of the one before them in the same task, as tables whose unit cell
/// spans several rows do (Taishan), so a pipe table has merged unit cells to print.
/// </summary>
internal static class MergedUnitCells
{
    public static IReadOnlyList<GeneratedSection> Apply(IReadOnlyList<GeneratedSection> sections, Random random) =>
        [.. sections.Select(section => section with
        {
            Subsections = [.. section.Subsections.Select(sub => sub with { Requirements = Spread(sub.Requirements, random) })],
        })];

    private static List<GeneratedRequirement> Spread(IReadOnlyList<GeneratedRequirement> requirements, Random random)
    {
        var spread = new List<GeneratedRequirement>(requirements.Count);
        foreach (var r in requirements)
            spread.Add(spread.Count > 0 && random.NextDouble() < 0.3 ? r with { Units = spread[^1].Units, Deadline = spread[^1].Deadline } : r);
        return spread;
    }
}
