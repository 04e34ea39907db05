using SearchPlans.Align.Features;
using SearchPlans.Model;

namespace SearchPlans.Align.Batches;

/// <summary>
/// The profiles of the plans that still have pairs to link: a plan's profiles are built for the first batch that
/// needs them and let go after the last, so a batch that shares plans with the one before does not build them again.
/// </summary>
/// <remarks>Not safe on several threads at once: the batches are taken one after the other.</remarks>
internal sealed class LiveProfiles
{
    private readonly ProfileBuilder builder;
    private readonly Dictionary<Plan, int> pairsLeft = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Plan, RequirementProfile[]> built = new(ReferenceEqualityComparer.Instance);

    public LiveProfiles(ProfileBuilder builder, IEnumerable<(Plan A, Plan B)> pairs)
    {
        this.builder = builder;
        foreach (var (a, b) in pairs)
        {
            pairsLeft[a] = pairsLeft.GetValueOrDefault(a) + 1;
            pairsLeft[b] = pairsLeft.GetValueOrDefault(b) + 1;
        }
    }

    /// <summary>How many plans' profiles are held now.</summary>
    public int PlansHeld => built.Count;

    /// <summary>How many plans' profiles were built so far, each counted every time it was built.</summary>
    public int PlansBuilt { get; private set; }

    /// <summary>
    /// The profiles of the batch's plans, numbered from 0 in the order the plans first appear in the batch: what the
    /// candidate search and the scorer's caches of one batch are keyed by.
    /// </summary>
    public IReadOnlyList<RequirementProfile> Of(IReadOnlyList<(Plan A, Plan B)> batch)
    {
        var plans = batch.SelectMany(pair => new[] { pair.A, pair.B }).Distinct(ReferenceEqualityComparer.Instance).Cast<Plan>().ToList();
        var missing = plans.Where(p => !built.ContainsKey(p)).ToList();
        var made = builder.Build(missing);
        PlansBuilt += missing.Count;
        var next = 0;
        foreach (var plan in missing)
        {
            var own = new RequirementProfile[plan.Requirements.Count];
            for (var i = 0; i < own.Length; i++)
                own[i] = made[next++];
            built[plan] = own;
        }
        var numbered = new List<RequirementProfile>();
        foreach (var plan in plans)
            foreach (var profile in built[plan])
                numbered.Add(profile.Index == numbered.Count ? profile : profile with { Index = numbered.Count });
        return numbered;
    }

    /// <summary>Lets go of the profiles of the batch's plans that no later batch needs.</summary>
    public void Linked(IReadOnlyList<(Plan A, Plan B)> batch)
    {
        foreach (var (a, b) in batch)
        {
            Release(a);
            Release(b);
        }
    }

    private void Release(Plan plan)
    {
        if (--pairsLeft[plan] > 0)
            return;
        pairsLeft.Remove(plan);
        built.Remove(plan);
    }
}
