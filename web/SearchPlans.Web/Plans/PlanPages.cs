using SearchPlans.Align.References;
using SearchPlans.Model;
using SearchPlans.Web.Markup;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Plans;

/// <summary>Shapes the plans list and a plan's page from the loaded corpus.</summary>
public sealed class PlanPages(CorpusSnapshot snapshot)
{
    /// <summary>Plans listed on one page of /plans.</summary>
    public const int PageSize = 100;

    /// <summary>The plans whose title, id or jurisdiction contains the text, of the year if given, one page of them.</summary>
    /// <param name="page">From 1; a page past the last shows the last.</param>
    public PlanListView List(string? text, int? year, int page, PlanSort sort = PlanSort.Jurisdiction)
    {
        var all = Summaries(snapshot);
        var matching = Sorted(all
            .Where(s => year is null || s.Plan.Year == year)
            .Where(s => string.IsNullOrWhiteSpace(text) || Mentions(s.Plan, text.Trim())), sort)
            .ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pageCount);
        return new PlanListView(
            [.. matching.Skip((shown - 1) * PageSize).Take(PageSize)],
            matching.Count,
            matching.Sum(s => s.Plan.Requirements.Count),
            all.Count,
            shown,
            pageCount,
            Years(snapshot),
            sort);
    }

    // Places and titles in pinyin order; counts and years read best largest first.
    private static readonly StringComparer ByPinyin = PinyinOrder.Comparer;

    private static IEnumerable<PlanSummary> Sorted(IEnumerable<PlanSummary> plans, PlanSort sort) => sort switch
    {
        PlanSort.Title => plans.OrderBy(s => s.Plan.Title, ByPinyin),
        PlanSort.Year => plans.OrderByDescending(s => s.Plan.Year ?? int.MinValue).ThenBy(s => s.Plan.Jurisdiction.Name, ByPinyin),
        PlanSort.Level => plans.OrderBy(s => s.Plan.Jurisdiction.Level is AdminLevel.Unknown ? int.MaxValue : (int)s.Plan.Jurisdiction.Level).ThenBy(s => s.Plan.Jurisdiction.Name, ByPinyin),
        PlanSort.Requirements => plans.OrderByDescending(s => s.Plan.Requirements.Count),
        PlanSort.Linked => plans.OrderByDescending(s => s.Linked),
        _ => plans.OrderBy(s => s.Plan.Jurisdiction.Name, ByPinyin).ThenByDescending(s => s.Plan.Year ?? int.MinValue),
    };

    /// <summary>Null when the corpus has no plan of that id.</summary>
    public PlanView? Find(string id)
    {
        if (snapshot.Corpus.FindPlan(id) is not { } plan)
            return null;
        var (sections, loose) = SectionTreeBuilder.Build(plan, r => new PlanRequirement(r, Labels.Number(plan, r), snapshot.Counterparts.TrustedCountOf(r.Id)));
        return new PlanView(
            plan,
            sections,
            loose,
            plan.Remainder.OrderBy(p => p.Source.StartLine).ToList(),
            References(plan),
            PlanChoices.For(snapshot.Corpus.Plans, plan),
            MissingParents(plan));
    }

    /// <summary>The bodies the title says the plan carries out, when no plan of the index is linked as that parent.</summary>
    private IReadOnlyList<string> MissingParents(Plan plan) =>
        snapshot.Corpus.References.Any(r => r.From == plan.Id && r.Kind == ReferenceKind.Implements)
            ? []
            : PlanReferenceFinder.ParentsNamed(plan);

    private static bool Mentions(Plan plan, string text) =>
        plan.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || plan.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || plan.Jurisdiction.Name.Contains(text, StringComparison.Ordinal)
        || (plan.Jurisdiction.Province?.Contains(text, StringComparison.Ordinal) ?? false);

    // Counting the linked requirements touches every requirement of the corpus: done once per snapshot.
    private static IReadOnlyList<PlanSummary> Summaries(CorpusSnapshot snapshot) =>
        snapshot.Derived(nameof(PlanSummary), s => (IReadOnlyList<PlanSummary>)
            [.. s.Corpus.Plans.Select(p => new PlanSummary(p, PlanRequirements.IdsOf(p).Count(id => s.Counterparts.TrustedCountOf(id) > 0)))]);

    private static IReadOnlyList<int> Years(CorpusSnapshot snapshot) =>
        snapshot.Derived("plan years", s => (IReadOnlyList<int>)
            [.. s.Corpus.Plans.Where(p => p.Year is not null).Select(p => p.Year!.Value).Distinct().OrderDescending()]);

    private List<PlanReferenceView> References(Plan plan) =>
        snapshot.Corpus.References
            .Where(r => r.From == plan.Id || r.To == plan.Id)
            .Select(r => (Reference: r, Outgoing: r.From == plan.Id))
            .Select(x => (x.Reference, x.Outgoing, Other: snapshot.Corpus.FindPlan(x.Outgoing ? x.Reference.To : x.Reference.From)))
            .Where(x => x.Other is not null)
            .Select(x => new PlanReferenceView(x.Reference, x.Other!, x.Outgoing))
            .ToList();
}
