using SearchPlans.Model;

namespace SearchPlans.Align.Scoring;

/// <summary>Turns a pair's evidence into a link (kind, containment, score, evidence list), or none.</summary>
public sealed class LinkClassifier(AlignmentThresholds thresholds)
{
    public RequirementLink? Classify(string source, string target, PairEvidence e)
    {
        // Two texts on one topic may word it differently (年报 and 年度报告), so they need less shared text to be
        // related, and two on different topics share only wording (人民群众切身利益, 政府网站), so they need more.
        // The score alone decides whether a pair is equivalent.
        var onOneTopic = e.SharedTopics.Count > 0;
        if (e.SharedRareMass < (onOneTopic ? thresholds.TopicMinSharedRareMass : thresholds.MinSharedRareMass))
            return null;
        var score = Score(e);
        var relatedScore = onOneTopic ? thresholds.TopicRelatedScore
            : e.OnDifferentTopics ? thresholds.DifferentTopicsRelatedScore
            : thresholds.RelatedScore;
        if (score < relatedScore)
            return null;

        var low = Math.Min(e.AInB, e.BInA);
        var relation = e switch
        {
            _ when e.AInB >= 0.99 && e.BInA >= 0.99 => Containment.Identical,
            _ when low >= thresholds.EquivalentBoth => Containment.Equivalent,
            _ when e.BInA >= thresholds.ContainedHigh => Containment.Contains,
            _ when e.AInB >= thresholds.ContainedHigh => Containment.ContainedBy,
            _ => Containment.Related,
        };
        // The kind follows the combined score: across years and provinces the same obligation is often reworded
        // well below "both directions high", and the gold set says so.
        var equivalent = score >= thresholds.EquivalentScore;
        return new RequirementLink(
            source, target, equivalent ? LinkKind.Equivalent : LinkKind.Related, relation,
            Math.Round(score, 4), Math.Round(e.AInB, 4), Math.Round(e.BInA, 4), EvidenceList(e))
        {
            // Read for every link, since resolution may yet make an equivalent related; the aligner clears it on
            // the links that stay equivalent.
            Confidence = thresholds.Subject.Of(e, score) >= thresholds.ConfidentRelated ? LinkConfidence.Confident : LinkConfidence.Doubtful,
        };
    }

    /// <summary>
    /// The combined score: both directions count (a text that merely sits inside a long one scores lower than a
    /// true copy), word cosine adds segmenter evidence, shared numbers, documents and section words add a little.
    /// </summary>
    public static double Score(PairEvidence e)
    {
        var score = 0.45 * Math.Max(e.AInB, e.BInA) + 0.35 * Math.Min(e.AInB, e.BInA) + 0.2 * e.WordCosine;
        score += Math.Min(2, e.SharedNumbers.Count) * 0.02 + Math.Min(1, e.SharedDocuments.Count) * 0.04 + 0.04 * e.SectionOverlap;
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>The evidence as people read it: shared phrases, rare words, numbers, documents.</summary>
    public static IReadOnlyList<string> EvidenceList(PairEvidence e) =>
        [.. e.SharedTopics.Select(t => $"〔{t}〕"), .. e.SharedPhrases.Select(p => $"“{p}”"), .. e.SharedTerms, .. e.SharedNumbers, .. e.SharedDocuments.Select(d => $"《{d}》")];
}
