namespace SearchPlans.Align.Scoring;

/// <summary>
/// How likely a related pair is to be on one subject rather than share only wording: a logistic model over nine
/// measures of the pair, fitted to blind judgements of every link between the tuning pairs of plans (tune and tune2 in
/// the judged-links files; docs/measurements.md, "Related links judged blind").
/// </summary>
/// <remarks>
/// Word cosine carries most of it: two texts on one subject repeat its words (年报, 依申请公开), two that share a
/// phrase (为经济社会发展营造良好氛围) share little else. The combined score, how much of the longer text the shorter
/// carries, a topic named in both first sentences and the first clause's rare words found in the other text add to
/// it. The coefficients were fitted with ML.NET's L-BFGS logistic regression on min–max scaled measures and are given
/// here in the measures' own units, so reading a link costs a dot product and no model file.
/// </remarks>
public sealed record SubjectConfidence
{
    public double Intercept { get; init; } = -4.380;

    public double WordCosine { get; init; } = 5.592;

    public double Score { get; init; } = 2.903;

    /// <summary>Per unit of log(1 + shared rare mass).</summary>
    public double SharedRareMass { get; init; } = 0.2714;

    /// <summary>Per unit of the lower directional score.</summary>
    public double LowerContainment { get; init; } = 0.4431;

    /// <summary>Per unit of the higher directional score: one text carried by the other is on its subject.</summary>
    public double UpperContainment { get; init; } = 1.331;

    public double SharedTopic { get; init; } = 1.433;

    /// <summary>Both texts name topics, none the same: counts a little for, as it marks texts about named subjects.</summary>
    public double DifferentTopics { get; init; } = 0.1925;

    public double SubjectCover { get; init; } = 1.465;

    /// <summary>Per unit of the share of section-heading words in common.</summary>
    public double SectionOverlap { get; init; } = 0.2825;

    public static SubjectConfidence Fitted { get; } = new();

    /// <summary>The probability, 0–1, that the pair is on one subject.</summary>
    public double Of(PairEvidence e, double score)
    {
        var z = Intercept
            + WordCosine * e.WordCosine
            + Score * score
            + SharedRareMass * Math.Log(1 + e.SharedRareMass)
            + LowerContainment * Math.Min(e.AInB, e.BInA)
            + UpperContainment * Math.Max(e.AInB, e.BInA)
            + SharedTopic * (e.SharedTopics.Count > 0 ? 1 : 0)
            + DifferentTopics * (e.OnDifferentTopics ? 1 : 0)
            + SubjectCover * e.SubjectCover
            + SectionOverlap * e.SectionOverlap;
        return 1 / (1 + Math.Exp(-z));
    }
}
