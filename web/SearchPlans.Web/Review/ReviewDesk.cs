using SearchPlans.Compare;
using SearchPlans.Localization;
using SearchPlans.Model;
using SearchPlans.Review;
using SearchPlans.Web.Plans;
using SearchPlans.Web.Reading;

namespace SearchPlans.Web.Review;

/// <summary>The review pages' one service: the links to review beside the judgements, recording, and the gold export.</summary>
public sealed class ReviewDesk(CorpusSnapshot snapshot, ReviewStore store)
{
    public string DatabasePath => store.DatabasePath;

    public ReviewPageView Read(ReviewFilter filter, long? savedId)
    {
        var current = store.Current();
        var queue = ReviewQueue.Select(OrderOf(snapshot), current, filter);
        var links = queue.Links.Select(l =>
        {
            var (source, target) = (Side(l.Link.Source), Side(l.Link.Target));
            return new ReviewLinkView(l, source, target, snapshot.Differ.Diff(source.Requirement.Text, target.Requirement.Text));
        }).ToList();
        var saved = savedId is { } id ? store.History().FirstOrDefault(j => j.Id == id) : null;
        return new ReviewPageView(queue, links, JudgementStanding.Read(snapshot.Counterparts, current), saved,
            PlanChoices.For(snapshot.Corpus.Plans, filter.PlanId is { } planId ? snapshot.Corpus.FindPlan(planId) : null, listNear: true));
    }

    /// <summary>Checks the judgement against the index and stores it; the problem, in words, when it cannot be.</summary>
    public (LinkJudgement? Saved, string? Problem) Record(JudgementRequest request)
    {
        var check = JudgementValidator.Check(snapshot.Counterparts, request);
        return check.Draft is { } draft ? (store.Record(draft), null)
            : (null, EngineWords.Say(check));
    }

    /// <summary>The snapshot's links in review order, put in order once per snapshot.</summary>
    public static ReviewOrder OrderOf(CorpusSnapshot snapshot) => snapshot.Derived(nameof(ReviewOrder), s => new ReviewOrder(s.Corpus));

    /// <summary>Undoes a judgement in force; null when no judgement in force has that id.</summary>
    public LinkJudgement? Undo(long id) => store.Undo(id);

    public string ExportGold() => GoldExport.ToText(store.Current());

    private RequirementSide Side(string requirementId)
    {
        var placed = snapshot.Counterparts.Find(requirementId)!;
        return new(placed.Requirement, placed.Plan);
    }
}

/// <summary>One side of a link: the requirement and its plan.</summary>
public sealed record RequirementSide(Requirement Requirement, Plan Plan);

/// <summary>A link to review, both sides looked up, with the word diff of their texts.</summary>
public sealed record ReviewLinkView(ReviewedLink Reviewed, RequirementSide Source, RequirementSide Target, WordDiff Diff)
{
    /// <summary>Whether the diff helps reading (<see cref="DiffReading"/>); otherwise the sides show their shared terms.</summary>
    public bool DiffHelps => DiffReading.Helps(Reviewed.Link.Kind, Reviewed.Link.Score, Diff);

    /// <summary>The row's anchor, so a saved judgement returns the reviewer to where they were.</summary>
    public string Anchor => ReviewAnchors.Of(Reviewed.Link.Source, Reviewed.Link.Target);
}

/// <summary>Everything the review page shows.</summary>
/// <param name="Saved">The judgement just recorded, when the page follows a successful form.</param>
public sealed record ReviewPageView(ReviewQueuePage Queue, IReadOnlyList<ReviewLinkView> Links,
    IReadOnlyList<JudgementStanding> Judgements, LinkJudgement? Saved, PlanChoiceList Plans);

/// <summary>Anchors of link rows on the review page.</summary>
public static class ReviewAnchors
{
    public static string Of(string source, string target) => $"link-{source}--{target}";
}
