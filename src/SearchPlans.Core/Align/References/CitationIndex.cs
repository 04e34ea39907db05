using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Align.References;

/// <summary>
/// Which plans of a corpus a cited document names, found by lookup instead of by testing every plan: by 文号, by
/// the exact 《title》, or by a plan title that sits inside the cited one (《关于印发…X…的通知》 names plan X).
/// Finds exactly the plans <see cref="PlanReferenceFinder.Cites"/> would accept.
/// </summary>
public sealed class CitationIndex
{
    private readonly Dictionary<string, List<int>> byDocNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> byTitleSpan;
    private readonly int shortestTitle = int.MaxValue;
    private readonly int longestTitle;

    public CitationIndex(IReadOnlyList<Plan> plans)
    {
        for (var position = 0; position < plans.Count; position++)
        {
            var plan = plans[position];
            if (plan.DocNumber is not null)
                Add(byDocNumber, plan.DocNumber, position);
            var title = TextCompaction.FoldedWithoutWhiteSpace(plan.Title);
            Add(byTitle, title, position);
            if (title.Length >= MinContainedTitle)
            {
                shortestTitle = Math.Min(shortestTitle, title.Length);
                longestTitle = Math.Max(longestTitle, title.Length);
            }
        }
        byTitleSpan = byTitle.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How long a plan title must be to be found inside a longer cited title; shorter ones must match whole.</summary>
    public const int MinContainedTitle = 8;

    /// <summary>The positions, in the list the index was built from, of the plans the cited document names, ascending.</summary>
    public IReadOnlyList<int> Named(CitedDocument cite)
    {
        var found = new SortedSet<int>();
        if (cite.DocNumber is not null && byDocNumber.TryGetValue(cite.DocNumber, out var numbered))
            found.UnionWith(numbered);
        if (cite.Title is not null)
        {
            var title = TextCompaction.FoldedWithoutWhiteSpace(cite.Title);
            if (byTitle.TryGetValue(title, out var same))
                found.UnionWith(same);
            // Every stretch of the cited title as long as some plan title is looked up as a title.
            for (var length = shortestTitle; length <= Math.Min(longestTitle, title.Length - 1); length++)
                for (var start = 0; start + length <= title.Length; start++)
                    if (byTitleSpan.TryGetValue(title.AsSpan(start, length), out var inside))
                        found.UnionWith(inside);
        }
        return [.. found];
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int position) =>
        (index.TryGetValue(key, out var list) ? list : index[key] = []).Add(position);
}
