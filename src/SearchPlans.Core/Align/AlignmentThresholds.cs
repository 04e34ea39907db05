namespace SearchPlans.Align;

/// <summary>
/// The cut-offs that turn evidence into links, calibrated on the tuning half of the seed gold set
/// (tests/SearchPlans.Core.Tests/Align/gold) and checked on its held-out half.
/// </summary>
public sealed record AlignmentThresholds
{
    /// <summary>Summed IDF of shared bigrams below which two texts share only boilerplate (各单位, 加强, 工作).</summary>
    public double MinSharedRareMass { get; init; } = 12.0;

    /// <summary>Both directional scores at least this: the texts carry each other (containment class "equivalent").</summary>
    public double EquivalentBoth { get; init; } = 0.6;

    /// <summary>One directional score at least this: that text is inside the other (contains / contained-by).</summary>
    public double ContainedHigh { get; init; } = 0.8;

    /// <summary>Combined score from which a pair is equivalent.</summary>
    public double EquivalentScore { get; init; } = 0.42;

    /// <summary>Combined score from which a related pair that is each side's best counterpart becomes equivalent.</summary>
    public double MutualBestScore { get; init; } = 0.4;

    /// <summary>
    /// Combined score from which the item carrying the opening of a requirement split across several items of
    /// another plan is taken as its equivalent (see <see cref="Resolution.LeadPieceContest"/>).
    /// </summary>
    public double SplitLeadScore { get; init; } = 0.28;

    /// <summary>
    /// The share of a requirement at or below which a counterpart carries only a part of it (one clause of a long
    /// item): such a pair is related, however literally the clause is copied, unless the clause is the opening.
    /// </summary>
    public double MaxPartCover { get; init; } = 0.15;

    /// <summary>Combined score from which a pair is related at all.</summary>
    public double RelatedScore { get; init; } = 0.14;

    /// <summary>
    /// <see cref="MinSharedRareMass"/> for two texts that name one topic of the <see cref="Features.TopicLexicon"/>:
    /// the shared topic is itself evidence that they are on one subject.
    /// </summary>
    public double TopicMinSharedRareMass { get; init; } = 6.0;

    /// <summary><see cref="RelatedScore"/> for two texts that name one topic.</summary>
    public double TopicRelatedScore { get; init; } = 0.10;

    /// <summary><see cref="RelatedScore"/> for two texts that both name topics, none of them the same.</summary>
    public double DifferentTopicsRelatedScore { get; init; } = 0.20;

    /// <summary>
    /// <see cref="Scoring.SubjectConfidence"/> from which a related link is confident; below it the link is kept but
    /// doubtful. Set as the lowest cut-off at which, in five-fold cross-validation on the tuning judgements, at least
    /// 92% of confident related links were on one subject: a margin over the 85% for plans unlike the tuning ones.
    /// </summary>
    public double ConfidentRelated { get; init; } = 0.59;

    /// <summary>The model that reads a related pair's evidence as the likelihood of one subject.</summary>
    public Scoring.SubjectConfidence Subject { get; init; } = Scoring.SubjectConfidence.Fitted;

    public static AlignmentThresholds Default { get; } = new();
}
