namespace SearchPlans.Compare;

/// <summary>
/// A requirement of one plan that the other plan has no equivalent of: what "only in A" and "only in B" list.
/// </summary>
/// <param name="PartialMatches">
/// The other plan's requirements related to it (a part of it, or the same topic), strongest first, read from this
/// requirement's side; empty when the other plan has nothing on it. Only confident links are partial matches.
/// </param>
/// <param name="Weaker">
/// The other plan's requirements linked to it by doubtful links (<see cref="Model.LinkConfidence.Doubtful"/>), which
/// may share only wording: listed apart, collapsed, and never counted as a match.
/// </param>
public sealed record WithoutEquivalent(Model.Requirement Requirement, IReadOnlyList<Counterpart> PartialMatches, IReadOnlyList<Counterpart> Weaker);
