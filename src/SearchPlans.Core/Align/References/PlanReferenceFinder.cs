using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Align.References;

/// <summary>
/// Links plans to each other: a cited 文号 or 《title》 that is another plan of the corpus, the parent a title says
/// it carries out (河源市贯彻落实省政府办公厅2022年…: the province's plan of 2022; 紫金县贯彻落实市政府办公室…: the plan of
/// the city it lies in), and the same jurisdiction's plan of the year before.
/// </summary>
public static partial class PlanReferenceFinder
{
    [GeneratedRegex(@"贯彻落实(?<parent>国务院办公厅|国务院|省政府办公厅|省政府|市政府办公室|市政府|[县区]政府办公室|[县区]人民政府办公室|[县区]政府)")]
    private static partial Regex Implements();

    public static IReadOnlyList<PlanReference> Find(IReadOnlyList<Plan> plans)
    {
        // Plans are looked up by what a reference names, so finding them grows with the corpus, not its square.
        var cited = new CitationIndex(plans);
        var byJurisdiction = plans.ToLookup(p => p.Jurisdiction.Name, StringComparer.Ordinal);
        var nationalByYear = plans.Where(p => p.Jurisdiction.Level == AdminLevel.National).ToLookup(p => p.Year);
        var references = new List<PlanReference>();
        var seen = new HashSet<PlanReference>();
        void Add(PlanReference reference)
        {
            if (seen.Add(reference))
                references.Add(reference);
        }

        foreach (var plan in plans)
        {
            foreach (var cite in plan.Cites)
                foreach (var other in cited.Named(cite).Select(i => plans[i]).Where(o => o != plan))
                    Add(new PlanReference(plan.Id, other.Id, ReferenceKind.Cites, cite.DocNumber ?? $"《{cite.Title}》"));

            foreach (Match m in Implements().Matches(plan.Title))
                foreach (var parent in ParentsOf(m.Groups["parent"].Value, plan, byJurisdiction, nationalByYear))
                    Add(new PlanReference(plan.Id, parent.Id, ReferenceKind.Implements, m.Value));

            var previous = byJurisdiction[plan.Jurisdiction.Name].Where(o => o.Year < plan.Year)
                .OrderByDescending(o => o.Year).FirstOrDefault();
            if (previous is not null)
                Add(new PlanReference(plan.Id, previous.Id, ReferenceKind.PreviousYear, $"{previous.Year}"));
        }
        return references;
    }

    /// <summary>
    /// The bodies whose plan the title says this plan carries out (省政府办公厅 in 河源市贯彻落实省政府办公厅2022年…),
    /// whether or not that plan is in the corpus, so a reader can be told when it is not.
    /// </summary>
    public static IReadOnlyList<string> ParentsNamed(Plan plan) =>
        [.. Implements().Matches(plan.Title).Select(m => m.Groups["parent"].Value).Distinct()];

    /// <summary>Whether the plan cites the other by its 文号 or 《title》.</summary>
    public static bool Cites(Plan plan, Plan other) => plan.Cites.Any(cite => Matches(cite, other));

    private static bool Matches(CitedDocument cite, Plan other)
    {
        if (cite.DocNumber is not null && cite.DocNumber == other.DocNumber)
            return true;
        if (cite.Title is null)
            return false;
        var title = TextCompaction.FoldedWithoutWhiteSpace(cite.Title);
        var otherTitle = TextCompaction.FoldedWithoutWhiteSpace(other.Title);
        // A notice that issues a plan cites it as 《关于印发…X…的通知》: the plan's own title sits inside.
        return title == otherTitle || (otherTitle.Length >= CitationIndex.MinContainedTitle && title.Contains(otherTitle, StringComparison.Ordinal));
    }

    // The plans of the year of the government a title names by its tier alone (省政府, 市政府, 县政府): its province's,
    // or the city or county it lies in or whose name its own opens with (河源市财政局 of 河源市), looked up by name.
    private static IEnumerable<Plan> ParentsOf(string parent, Plan child, ILookup<string, Plan> byJurisdiction, ILookup<int?, Plan> nationalByYear)
    {
        var j = child.Jurisdiction;
        IEnumerable<Plan> candidates = parent[0] switch
        {
            '国' => nationalByYear[child.Year],
            '省' => j.Province is { } province ? byJurisdiction[province].Where(o => o.Jurisdiction.Level == AdminLevel.Province) : [],
            '市' => Named(j.City, j.Name, byJurisdiction).Where(o => o.Jurisdiction.Level == AdminLevel.City),
            _ => Named(j.County, j.Name, byJurisdiction).Where(o => o.Jurisdiction.Level is AdminLevel.County or AdminLevel.District),
        };
        return candidates.Where(o => o != child && o.Year == child.Year && (j.Province is null || o.Jurisdiction.Province is null || o.Jurisdiction.Province == j.Province));
    }

    private static IEnumerable<Plan> Named(string? enclosing, string name, ILookup<string, Plan> byJurisdiction) =>
        (enclosing is null ? [] : byJurisdiction[enclosing])
        .Concat(Enumerable.Range(2, Math.Max(0, name.Length - 2)).SelectMany(length => byJurisdiction[name[..length]]))
        .Distinct();
}
