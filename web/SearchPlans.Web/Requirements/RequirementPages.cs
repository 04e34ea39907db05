using SearchPlans.Align.Features;
using SearchPlans.Links;
using SearchPlans.Links.Lineage;
using SearchPlans.Analysis;
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
    /// <summary>
    /// Counterparts shown with a word diff, best first. A requirement copied down a large hierarchy has hundreds of
    /// counterparts; diffing them all made its page take seconds, and nobody reads the hundredth diff.
    /// </summary>
    public const int MaxDiffed = 12;

    /// <summary>Null when the corpus has no requirement of that id.</summary>
    public RequirementView? Find(string id)
    {
        if (snapshot.Counterparts.Find(id) is not { } placed)
            return null;
        var all = snapshot.Counterparts.Of(id);
        var (counterparts, weaker) = CounterpartTiers.Of(all);
        var judgements = reviews.CurrentFor(id);
        var judged = judgements.ToDictionary(j => j.Pair);
        var diffed = counterparts.Take(MaxDiffed).Select(c => c.Requirement.Id).ToHashSet(StringComparer.Ordinal);
        var doubtful = weaker.Select(c => new CounterpartView(c, null, judged.GetValueOrDefault(RequirementPair.Of(id, c.Requirement.Id)))).ToList();
        var groups = counterparts
            .GroupBy(c => (c.Plan.Jurisdiction.Name, c.Plan.Year))
            .Select(g => new CounterpartGroup(g.Key.Name, g.Key.Year,
                g.Select(c => new CounterpartView(c,
                    diffed.Contains(c.Requirement.Id) ? snapshot.Differ.Diff(placed.Requirement.Text, c.Requirement.Text) : null,
                    judged.GetValueOrDefault(RequirementPair.Of(id, c.Requirement.Id)))).ToList()))
            .ToList();
        var referenced = snapshot.Corpus.References
            .Where(r => r.From == placed.Plan.Id && r.Kind != ReferenceKind.PreviousYear)
            .Select(r => (Reference: r, Plan: snapshot.Corpus.FindPlan(r.To)))
            .Where(x => x.Plan is not null)
            .Select(x => new ReferencedPlan(x.Reference, x.Plan!, all.FirstOrDefault(c => c.Plan.Id == x.Plan!.Id)))
            .ToList();
        return new RequirementView(placed.Plan, placed.Requirement, groups,
            RequirementLineage.Trace(snapshot.Corpus, snapshot.Counterparts, id), referenced,
            JudgementStanding.Read(snapshot.Counterparts, judgements), Topics(placed.Requirement), doubtful);
    }

    // Each term as a phrase, so 年报 finds 年报 and not 年 and 报 apart.
    private static List<TopicLink> Topics(Requirement requirement)
    {
        var lexicon = TopicLexicon.Default;
        return [.. lexicon.AboutOf(TextFolding.Fold(requirement.Text))
            .Select(t => new TopicLink(t, string.Join(" OR ", lexicon.TermsOf(t).Select(term => $"\"{term}\""))))];
    }
}
