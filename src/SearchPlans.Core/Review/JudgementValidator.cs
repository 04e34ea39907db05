using SearchPlans.Review.Evaluation;
using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Review;

/// <summary>A checked judgement, or the reason it cannot be recorded, in words for the reviewer.</summary>
/// <param name="Reason">The reason as a composite format and its values, so a page can put the words in its reader's language.</param>
public sealed record JudgementCheck(JudgementDraft? Draft, string? Problem, string? Reason = null, IReadOnlyList<object?>? Values = null)
{
    public static JudgementCheck Refused(string reason, params object?[] values) =>
        new(null, string.Format(System.Globalization.CultureInfo.InvariantCulture, reason, values), reason, values);
}

/// <summary>
/// Checks a judgement against the corpus it is made on: both requirements exist, in different plans; a link is
/// confirmed or rejected only where the index has one, and added only where it has none.
/// </summary>
public static class JudgementValidator
{
    public const int MaxNoteLength = 2000;

    public const int MaxReviewerLength = 100;

    public static JudgementCheck Check(Corpus corpus, JudgementRequest request) => Check(new CounterpartIndex(corpus), request);

    /// <summary>The check against a corpus already indexed by requirement, so a judgement costs lookups, not a scan of every link.</summary>
    public static JudgementCheck Check(CounterpartIndex corpus, JudgementRequest request)
    {
        var source = request.Source?.Trim() ?? "";
        var target = request.Target?.Trim() ?? "";
        var note = request.Note?.Trim() ?? "";
        var reviewer = request.Reviewer?.Trim() ?? "";
        if (source.Length == 0 || target.Length == 0)
            return JudgementCheck.Refused("Give both requirement ids, such as heyuan-2022-14 and zhanjiang-2021-45.");
        if (ParseVerdict(request.Verdict) is not { } verdict)
            return JudgementCheck.Refused("\"{0}\" is no verdict: confirm, reject or add.", request.Verdict);
        if (note.Length > MaxNoteLength || reviewer.Length > MaxReviewerLength)
            return JudgementCheck.Refused("Keep the note under {0} characters and the reviewer's name under {1}.", MaxNoteLength, MaxReviewerLength);
        foreach (var id in new[] { source, target })
        {
            if (corpus.Find(id) is null)
                return JudgementCheck.Refused("There is no requirement \"{0}\" in the index.", id);
        }
        var sourcePlan = corpus.Find(source)!.Plan;
        if (sourcePlan == corpus.Find(target)!.Plan)
            return JudgementCheck.Refused("{0} and {1} are both in {2}; links join requirements of different plans.", source, target, sourcePlan.Id);

        var link = corpus.Of(source).FirstOrDefault(c => c.Requirement.Id == target)?.Link;
        return verdict switch
        {
            ReviewVerdict.Confirmed when link is null =>
                JudgementCheck.Refused("The index has no link between {0} and {1} to confirm; add it as a missing link instead.", source, target),
            ReviewVerdict.Rejected when link is null =>
                JudgementCheck.Refused("The index has no link between {0} and {1} to reject.", source, target),
            ReviewVerdict.Added when link is not null =>
                JudgementCheck.Refused("{0} and {1} are already linked as {2}; confirm the link, choosing the kind, instead.", source, target, Name(link.Kind)),
            ReviewVerdict.Rejected => Accept(GoldJudgement.None),
            _ => ParseKind(request.Kind, link) is { } kind
                ? Accept(kind)
                : JudgementCheck.Refused("\"{0}\" is no kind of link: equivalent or related.", request.Kind),
        };

        JudgementCheck Accept(GoldJudgement kind) => new(new JudgementDraft(source, target, verdict, kind, note, reviewer), null);
    }

    public static ReviewVerdict? ParseVerdict(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "confirm" or "confirmed" => ReviewVerdict.Confirmed,
        "reject" or "rejected" => ReviewVerdict.Rejected,
        "add" or "added" => ReviewVerdict.Added,
        _ => null,
    };

    /// <summary>equivalent or related; nothing given means the computed link's kind.</summary>
    private static GoldJudgement? ParseKind(string? text, RequirementLink? link) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" when link is not null => link.Kind == LinkKind.Equivalent ? GoldJudgement.Equivalent : GoldJudgement.Related,
        "equivalent" => GoldJudgement.Equivalent,
        "related" => GoldJudgement.Related,
        _ => null,
    };

    private static string Name(LinkKind kind) => kind.ToString().ToLowerInvariant();
}
