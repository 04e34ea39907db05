using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>A requirement of plan B linked to a requirement of plan A, with the link read from A's side.</summary>
public sealed record Counterpart(Requirement Requirement, LinkKind Kind, Containment Relation, double Score);
