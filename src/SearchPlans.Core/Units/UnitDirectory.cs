namespace SearchPlans.Units;

/// <summary>The canonical units of a corpus, the busiest first.</summary>
public sealed class UnitDirectory(IReadOnlyList<CanonicalUnit> units)
{
    private readonly Dictionary<string, CanonicalUnit> byName = units.ToDictionary(u => u.Name, StringComparer.Ordinal);

    private readonly Dictionary<string, CanonicalUnit> bySpelling = units
        .SelectMany(u => u.Spellings.Select(s => (s.Text, Unit: u)))
        .GroupBy(p => p.Text, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);

    public IReadOnlyList<CanonicalUnit> Units { get; } = units;

    /// <summary>The unit shown by this name, or spelled this way anywhere in the corpus; null when none.</summary>
    public CanonicalUnit? Find(string name)
    {
        var compact = name.Trim();
        return byName.GetValueOrDefault(compact) ?? bySpelling.GetValueOrDefault(compact);
    }
}
