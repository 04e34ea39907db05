using SearchPlans.Model;

namespace SearchPlans.Web.Plans;

/// <summary>What a plan's page shows: its metadata, its sections with every requirement, and the text outside them.</summary>
/// <param name="Loose">Requirements with no section path, shown before the sections.</param>
/// <param name="Remainder">Text kept outside the requirements, in source order.</param>
/// <param name="References">Plans this one cites, carries out or follows, and plans that point at it.</param>
/// <param name="MissingParents">Bodies whose plan the title says this one carries out (省政府办公厅) where the index holds no such plan.</param>
/// <param name="CompareWith">The plans offered to compare with: every other plan of a small index, the kin plans of a large one.</param>
public sealed record PlanView(
    Plan Plan,
    IReadOnlyList<SectionNode> Sections,
    IReadOnlyList<PlanRequirement> Loose,
    IReadOnlyList<RemainderPiece> Remainder,
    IReadOnlyList<PlanReferenceView> References,
    PlanChoiceList CompareWith,
    IReadOnlyList<string> MissingParents)
{
    /// <summary>The places the jurisdiction lies in or belongs to, highest first (广东省 江门市 台山市), as far as they were read.</summary>
    public IReadOnlyList<string> LiesIn =>
        [.. new[] { Plan.Jurisdiction.Province }.Concat(Plan.Jurisdiction.Enclosing().Reverse()).OfType<string>()
            .Where(place => place != Plan.Jurisdiction.Name).Distinct()];
}

/// <summary>A heading of the plan with the requirements directly under it and its sub-headings.</summary>
/// <param name="Anchor">The element id on the page: "s-" and the ordinals from the top ("s-2-1").</param>
/// <param name="Depth">0 for a top-level heading.</param>
public sealed record SectionNode(string Title, string Anchor, int Depth, IReadOnlyList<PlanRequirement> Requirements, IReadOnlyList<SectionNode> Children)
{
    public int RequirementCount => Requirements.Count + Children.Sum(c => c.RequirementCount);
}

/// <summary>A requirement as its plan's page lists it, with how many counterparts it has in other plans.</summary>
/// <param name="Label">Its printed number, or its section numbering and place where the plan prints none.</param>
public sealed record PlanRequirement(Requirement Requirement, string Label, int CounterpartCount);

/// <summary>A cross-link between this plan and another, read from this plan's side.</summary>
/// <param name="Outgoing">True when this plan points at the other (cites it, carries it out, follows it).</param>
public sealed record PlanReferenceView(PlanReference Reference, Plan Other, bool Outgoing);

/// <summary>A row of the plans list.</summary>
/// <param name="Linked">Requirements with at least one counterpart in another plan.</param>
public sealed record PlanSummary(Plan Plan, int Linked);

/// <summary>One page of the plans list.</summary>
/// <param name="Matching">Plans that pass the filter, on every page.</param>
/// <param name="MatchingRequirements">Their requirements.</param>
/// <param name="Total">Plans in the index.</param>
/// <param name="Years">The years the index has plans of, newest first, for the filter.</param>
/// <param name="Sort">The column the list is ordered by.</param>
public sealed record PlanListView(IReadOnlyList<PlanSummary> Plans, int Matching, int MatchingRequirements, int Total,
    int Page, int PageCount, IReadOnlyList<int> Years, PlanSort Sort);

/// <summary>The columns the plans list can be ordered by: places and titles in pinyin order, years and counts largest first.</summary>
public enum PlanSort
{
    Jurisdiction,
    Title,
    Level,
    Year,
    Requirements,
    Linked,
}
