namespace SearchPlans.Align.Scoring;

/// <summary>
/// How likely a related pair is to be on one subject rather than share only wording: a logistic model over six
/// measures of the pair, fitted to blind judgements of every link between the tuning pairs of seed plans
/// (docs/measurements.md, "Related links judged blind").
/// </summary>
/// <remarks>
/// Word cosine carries most of it: two texts on one subject repeat its words (年报, 依申请公开), two that share a
/// phrase (为经济社会发展营造良好氛围) share little else. A topic named in both first sentences and the first clause's
/// rare words found in the other text add to it. High containment in both directions without the score to be
/// equivalent counts against: it marks two short texts of boilerplate.
/// </remarks>
public sealed record SubjectConfidence
{
    public double Intercept { get; init; } = -7.244;

    public double WordCosine { get; init; } = 13.43;

    public double Score { get; init; } = 9.908;

    /// <summary>Per unit of log(1 + shared rare mass).</summary>
    public double SharedRareMass { get; init; } = 0.5495;

    /// <summary>Per unit of the lower directional score.</summary>
    public double LowerContainment { get; init; } = -4.453;

    public double SharedTopic { get; init; } = 1.924;

    public double SubjectCover { get; init; } = 1.402;

    public static SubjectConfidence Fitted { get; } = new();

    /// <summary>The probability, 0–1, that the pair is on one subject.</summary>
    public double Of(PairEvidence e, double score)
    {
        var z = Intercept
            + WordCosine * e.WordCosine
            + Score * score
            + SharedRareMass * Math.Log(1 + e.SharedRareMass)
            + LowerContainment * Math.Min(e.AInB, e.BInA)
            + SharedTopic * (e.SharedTopics.Count > 0 ? 1 : 0)
            + SubjectCover * e.SubjectCover;
        return 1 / (1 + Math.Exp(-z));
    }
}
