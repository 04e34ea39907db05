using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Links.Clusters;

/// <summary>Plans shown together as the columns of one matrix.</summary>
/// <param name="Key">What a link or a command names the group by: <c>all</c>, or province and year (<c>广东省-2022</c>).</param>
/// <param name="Label">What a page calls the group (广东省 2022, all 5 plans), for an interface to word in its language.</param>
/// <param name="Plans">Higher tiers first (the national plan, the province's, its cities'), then by id.</param>
public sealed record PlanGroup(string Key, EngineMessage Label, IReadOnlyList<Plan> Plans);

/// <summary>
/// The groups a corpus offers the matrix. A matrix of every plan is only readable for tens of plans, and across a
/// national corpus most cells would be gaps between plans that were never meant to agree; the plans that copy each
/// other are one province's of one year, with the national plan they carry out.
/// </summary>
public static class PlanGroups
{
    /// <summary>Up to this many plans, the whole corpus is one group too, and the group shown first.</summary>
    public const int MaxWholeCorpus = 40;

    public const string AllKey = "all";

    private const string Unknown = "—";

    // The national plans of a year, in the place of a province: the key users type names them so.
    private const string National = "国家";

    /// <summary>The whole corpus (when small enough), then each province-year group, the most plans first.</summary>
    public static IReadOnlyList<PlanGroup> Of(IReadOnlyList<Plan> plans)
    {
        var national = plans.Where(p => p.Jurisdiction.Level == AdminLevel.National).ToLookup(p => p.Year);
        var groups = plans
            .Where(p => p.Jurisdiction.Level != AdminLevel.National)
            .GroupBy(p => (Province: p.Jurisdiction.Province ?? Unknown, p.Year))
            .Select(g => new PlanGroup(Key(g.Key.Province, g.Key.Year), Label(g.Key.Province, g.Key.Year), Ordered([.. national[g.Key.Year], .. g])))
            .Concat(national.Where(n => plans.All(p => p.Jurisdiction.Level == AdminLevel.National || p.Year != n.Key))
                .Select(n => new PlanGroup(Key(National, n.Key), Label(National, n.Key), Ordered([.. n]))))
            .OrderByDescending(g => g.Plans.Count)
            .ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return plans.Count <= MaxWholeCorpus
            ? [new PlanGroup(AllKey, new EngineMessage("all {0} plans", plans.Count), Ordered(plans)), .. groups]
            : groups;
    }

    /// <summary>The group of that key; null when the corpus has none.</summary>
    public static PlanGroup? Find(IReadOnlyList<PlanGroup> groups, string key) =>
        groups.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.Ordinal));

    private static string Key(string province, int? year) => $"{province}-{(year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : Unknown)}";

    private static EngineMessage Label(string province, int? year) => new("{0} {1}",
        province switch { Unknown => new EngineMessage("unknown province"), National => new EngineMessage("national plans"), _ => province },
        year is { } y ? y : new EngineMessage("unknown year"));

    private static List<Plan> Ordered(IEnumerable<Plan> plans) =>
        [.. plans.OrderBy(p => p.Jurisdiction.Level is AdminLevel.Unknown ? int.MaxValue : (int)p.Jurisdiction.Level).ThenBy(p => p.Id, StringComparer.Ordinal)];
}
