namespace SearchPlans.Model;

/// <summary>A heading of the plan and the headings under it.</summary>
public sealed record Section(string Title, IReadOnlyList<Section> Children, SourceSpan Source);
