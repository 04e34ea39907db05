using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Align.References;

/// <summary>
/// Links plans to each other: a cited 文号 or 《title》 that is another plan of the corpus, the parent a title says
/// it carries out (河源市贯彻落实省政府办公厅2022年…: the province's plan of 2022), and the same jurisdiction's
/// plan of the year before.
/// </summary>
public static partial class PlanReferenceFinder
{
    [GeneratedRegex(@"贯彻落实(?<parent>国务院办公厅|国务院|省政府办公厅|省政府|市政府办公室|市政府)")]
    private static partial Regex Implements();

    public static IReadOnlyList<PlanReference> Find(IReadOnlyList<Plan> plans)
    {
        // Plans are looked up by what a reference names, so finding them grows with the corpus, not its square.
        var cited = new CitationIndex(plans);
        var byYear = plans.ToLookup(p => p.Year);
        var byJurisdiction = plans.ToLookup(p => p.Jurisdiction.Name, StringComparer.Ordinal);
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
                foreach (var parent in byYear[plan.Year].Where(o => o != plan && IsParent(m.Groups["parent"].Value, plan, o)))
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

    private static bool IsParent(string parent, Plan child, Plan candidate) => parent switch
    {
        "国务院办公厅" or "国务院" => candidate.Jurisdiction.Level == AdminLevel.National,
        "省政府办公厅" or "省政府" => candidate.Jurisdiction.Level == AdminLevel.Province && candidate.Jurisdiction.Province == child.Jurisdiction.Province,
        _ => candidate.Jurisdiction.Level == AdminLevel.City && child.Jurisdiction.Name.StartsWith(candidate.Jurisdiction.Name, StringComparison.Ordinal),
    };
}
