using SearchPlans.Align.Lineage;
using SearchPlans.Model;
using SearchPlans.Review;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Requirements;

/// <summary>
/// Shapes a requirement's page: its counterparts with diffs, its history over the years, the plans it draws on, and
/// what reviewers have said about its links.
/// </summary>
public sealed class RequirementPages(CorpusSnapshot snapshot, ReviewStore reviews)
{
    /// <summary>Null when the corpus has no requirement of that id.</summary>
    public RequirementView? Find(string id)
    {
        if (snapshot.Counterparts.Find(id) is not { } placed)
            return null;
        var counterparts = snapshot.Counterparts.Of(id);
        var judgements = reviews.CurrentFor(id);
        var judged = judgements.ToDictionary(j => j.Pair);
        var groups = counterparts
            .GroupBy(c => (c.Plan.Jurisdiction.Name, c.Plan.Year))
            .Select(g => new CounterpartGroup(g.Key.Name, g.Key.Year,
                g.Select(c => new CounterpartView(c, snapshot.Differ.Diff(placed.Requirement.Text, c.Requirement.Text),
                    judged.GetValueOrDefault(RequirementPair.Of(id, c.Requirement.Id)))).ToList()))
            .ToList();
        var referenced = snapshot.Corpus.References
            .Where(r => r.From == placed.Plan.Id && r.Kind != ReferenceKind.PreviousYear)
            .Select(r => (Reference: r, Plan: snapshot.Corpus.FindPlan(r.To)))
            .Where(x => x.Plan is not null)
            .Select(x => new ReferencedPlan(x.Reference, x.Plan!, counterparts.FirstOrDefault(c => c.Plan.Id == x.Plan!.Id)))
            .ToList();
        return new RequirementView(placed.Plan, placed.Requirement, groups,
            RequirementLineage.Trace(snapshot.Corpus, snapshot.Counterparts, id), referenced,
            JudgementStanding.Read(snapshot.Corpus, judgements));
    }
}
