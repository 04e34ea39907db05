using SearchPlans.Model;

namespace SearchPlans.Units;

/// <summary>
/// Groups the units a corpus names into canonical units: spellings that read the same (width, brackets, scope
/// implied by the cell) are one unit, and a short form joins its long form when <see cref="AbbreviationMatcher"/>
/// says so and that long form is the only one it could stand for.
/// </summary>
public static class UnitClusterer
{
    public static UnitDirectory Cluster(Corpus corpus)
    {
        var collected = UnitMentionCollector.Collect(corpus);
        var names = collected.GroupBy(c => c.Name.Key, StringComparer.Ordinal)
            .Select(g => new SpelledName([.. g]))
            .ToList();

        var sets = new DisjointSets(names.Count);
        foreach (var (shortName, longNames) in AbbreviationEdges(names))
            foreach (var longName in longNames)
                sets.Union(shortName, longName);

        var units = Enumerable.Range(0, names.Count)
            .GroupBy(sets.Find)
            .Select(g => ToUnit([.. g.Select(i => names[i])]))
            .OrderByDescending(u => u.RequirementCount)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        return new UnitDirectory(units);
    }

    /// <summary>For each name that abbreviates others, those others, when they form one chain of ever longer forms.</summary>
    private static IEnumerable<(int Short, IReadOnlyList<int> Long)> AbbreviationEdges(IReadOnlyList<SpelledName> names)
    {
        for (var s = 0; s < names.Count; s++)
        {
            var longer = Enumerable.Range(0, names.Count)
                .Where(l => l != s && AbbreviationMatcher.IsAbbreviation(names[s].Name, names[l].Name))
                .OrderBy(l => names[l].Name.Body.Length + names[l].Name.Type.Length)
                .ToList();
            // 市政局 could stand for 市财政局 or 市民政局 alike: an ambiguous short form joins neither.
            var oneChain = longer.Zip(longer.Skip(1)).All(p => AbbreviationMatcher.IsAbbreviation(names[p.First].Name, names[p.Second].Name));
            if (longer.Count > 0 && oneChain)
                yield return (s, longer);
        }
    }

    private static CanonicalUnit ToUnit(IReadOnlyList<SpelledName> members)
    {
        var mentions = members.SelectMany(m => m.Mentions).ToList();
        var spellings = mentions.GroupBy(m => m.Spelling, StringComparer.Ordinal)
            .Select(g => new UnitSpelling(g.Key, g.Select(m => m.RequirementId).Distinct().Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Text, StringComparer.Ordinal)
            .ToList();
        // Shown by the full form (the longest of the joined names), as most often printed with its scope.
        var full = members.MaxBy(m => m.Name.Body.Length + m.Name.Type.Length)!;
        var name = full.Found
            .GroupBy(f => f.Name.Spelling, StringComparer.Ordinal)
            .OrderByDescending(g => g.First().Name.ScopePrinted)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        var first = members[0].Name;
        return new CanonicalUnit(name, first.Scope, first.IsGroup, spellings, mentions);
    }

    /// <summary>The mentions that share one key; spellings may differ in width, brackets or a printed scope.</summary>
    private sealed record SpelledName(IReadOnlyList<(UnitMention Mention, UnitName Name)> Found)
    {
        public UnitName Name => Found.Select(f => f.Name).FirstOrDefault(n => n.ScopePrinted) ?? Found[0].Name;

        public IEnumerable<UnitMention> Mentions => Found.Select(f => f.Mention);
    }
}
