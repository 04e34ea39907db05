using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Each profile's <see cref="WeightedProfile"/>, made on first use and kept by the profile's index, safe for the
/// scorer's parallel callers.
/// </summary>
/// <remarks>
/// A slot array rather than a ConditionalWeakTable: with a dependent handle per profile, every garbage collection of
/// a 400,000-requirement link run had to walk 400,000 handles.
/// </remarks>
internal sealed class WeightedProfiles(RarityWeights statistics)
{
    private readonly Lock growing = new();
    private WeightedProfile?[] slots = [];

    public WeightedProfile Of(RequirementProfile profile)
    {
        var current = Volatile.Read(ref slots);
        if ((uint)profile.Index < (uint)current.Length && current[profile.Index] is { } kept && ReferenceEquals(kept.Profile, profile))
            return kept;

        // Two threads may both make one; either result is the same, and the last one stored is kept.
        var made = new WeightedProfile(profile, statistics);
        if (profile.Index >= 0)
            Slots(profile.Index)[profile.Index] = made;
        return made;
    }

    private WeightedProfile?[] Slots(int index)
    {
        var current = Volatile.Read(ref slots);
        if (index < current.Length)
            return current;
        lock (growing)
        {
            if (index >= slots.Length)
            {
                var grown = new WeightedProfile?[Math.Max(index + 1, slots.Length * 2)];
                Array.Copy(slots, grown, slots.Length);
                Volatile.Write(ref slots, grown);
            }
            return slots;
        }
    }
}
