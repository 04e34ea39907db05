namespace SearchPlans.Generate;

/// <summary>A requirement of a seed plan, ready to be edited into generated plans.</summary>
/// <param name="SeedId">The seed requirement's id, kept as the origin of everything drawn from it.</param>
/// <param name="Places">Place names the seed text uses for its own jurisdiction and province, to be localised.</param>
/// <param name="Topic">Its top-level section title, without the ordinal.</param>
/// <param name="Task">Its second-level section title (or the top one where the plan has one level), without the ordinal.</param>
public sealed record PoolRequirement(
    string SeedId,
    string SeedPlanId,
    int SeedYear,
    SeedPlaces Places,
    string Topic,
    string Task,
    string Text,
    IReadOnlyList<string> Criteria);

/// <summary>The seed plan's own place names: its province and its jurisdiction (or, for an agency, its city).</summary>
public sealed record SeedPlaces(string Province, string Local);
