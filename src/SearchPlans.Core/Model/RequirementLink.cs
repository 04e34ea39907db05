namespace SearchPlans.Model;

/// <summary>How strongly two requirements in different plans correspond.</summary>
public enum LinkKind
{
    /// <summary>The same obligation, copied or edited from a common parent; one-to-one between two plans.</summary>
    Equivalent,
    /// <summary>The same topic or a part of it; may be one-to-many.</summary>
    Related,
}

/// <summary>
/// How sure alignment is that a related link joins two requirements on one subject. A doubtful link shares wording
/// that requirements on other subjects share too; pages list it apart from the others, collapsed.
/// </summary>
public enum LinkConfidence
{
    Confident,
    /// <summary>A related link whose texts may share only wording, not a subject; equivalents are never doubtful.</summary>
    Doubtful,
}

/// <summary>How the two texts contain each other (BillMap-style), read from both directional scores.</summary>
public enum Containment
{
    Identical,
    /// <summary>Both directions high: each text carries most of the other.</summary>
    Equivalent,
    /// <summary>The source incorporates the target (most of the target is in the source, not vice versa).</summary>
    Contains,
    /// <summary>The target incorporates the source.</summary>
    ContainedBy,
    Related,
}

/// <summary>A link between two requirements of different plans, with the evidence for it.</summary>
/// <param name="Source">Requirement id on the source side.</param>
/// <param name="Target">Requirement id on the target side.</param>
/// <param name="Score">Combined similarity, 0–1.</param>
/// <param name="SourceInTarget">How much of the source text is found in the target, 0–1.</param>
/// <param name="TargetInSource">How much of the target text is found in the source, 0–1.</param>
/// <param name="Evidence">The shared rare terms, phrases, numbers and named documents.</param>
public sealed record RequirementLink(
    string Source,
    string Target,
    LinkKind Kind,
    Containment Relation,
    double Score,
    double SourceInTarget,
    double TargetInSource,
    IReadOnlyList<string> Evidence)
{
    /// <summary>
    /// Whether a related link is taken as on one subject, or shown apart as doubtful; an equivalent is always
    /// confident. Links stored before confidence was measured read as confident.
    /// </summary>
    public LinkConfidence Confidence { get; init; } = LinkConfidence.Confident;

    /// <summary>The same link seen from the target's side.</summary>
    public RequirementLink Reversed() => this with
    {
        Source = Target,
        Target = Source,
        SourceInTarget = TargetInSource,
        TargetInSource = SourceInTarget,
        Relation = Relation switch
        {
            Containment.Contains => Containment.ContainedBy,
            Containment.ContainedBy => Containment.Contains,
            var r => r,
        },
    };
}
