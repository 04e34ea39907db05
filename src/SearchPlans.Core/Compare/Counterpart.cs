using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>
/// A requirement of the other plan linked to a requirement of this one, with the link read from this one's side; a
/// doubtful related counterpart (<see cref="LinkConfidence.Doubtful"/>) is one renderers list apart, collapsed.
/// </summary>
public sealed record Counterpart(
    Requirement Requirement, LinkKind Kind, Containment Relation, double Score, LinkConfidence Confidence = LinkConfidence.Confident);
