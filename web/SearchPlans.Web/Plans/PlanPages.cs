using SearchPlans.Model;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Plans;

/// <summary>Shapes the plans list and a plan's page from the loaded corpus.</summary>
public sealed class PlanPages(CorpusSnapshot snapshot)
{
    public IReadOnlyList<PlanSummary> List() =>
        snapshot.Corpus.Plans
            .Select(p => new PlanSummary(p, p.Requirements.Count(r => snapshot.Counterparts.Of(r.Id).Count > 0)))
            .ToList();

    /// <summary>Null when the corpus has no plan of that id.</summary>
    public PlanView? Find(string id)
    {
        if (snapshot.Corpus.FindPlan(id) is not { } plan)
            return null;
        var (sections, loose) = SectionTreeBuilder.Build(plan, r => new PlanRequirement(r, snapshot.Counterparts.Of(r.Id).Count));
        return new PlanView(
            plan,
            sections,
            loose,
            plan.Remainder.OrderBy(p => p.Source.StartLine).ToList(),
            References(plan),
            snapshot.Corpus.Plans.Where(p => p.Id != plan.Id).ToList());
    }

    private List<PlanReferenceView> References(Plan plan) =>
        snapshot.Corpus.References
            .Where(r => r.From == plan.Id || r.To == plan.Id)
            .Select(r => (Reference: r, Outgoing: r.From == plan.Id))
            .Select(x => (x.Reference, x.Outgoing, Other: snapshot.Corpus.FindPlan(x.Outgoing ? x.Reference.To : x.Reference.From)))
            .Where(x => x.Other is not null)
            .Select(x => new PlanReferenceView(x.Reference, x.Other!, x.Outgoing))
            .ToList();
}
