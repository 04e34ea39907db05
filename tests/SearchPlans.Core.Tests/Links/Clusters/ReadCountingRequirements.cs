using System.Collections;
using SearchPlans.Model;

namespace SearchPlans.Tests;

/// <summary>
/// A plan's requirements that know their ids, as a served plan's do, and count each time the requirements themselves
/// are read: a served plan decompresses its whole body on each read (issue 26).
/// </summary>
internal sealed class ReadCountingRequirements(IReadOnlyList<Requirement> requirements) : IReadOnlyList<Requirement>, IRequirementIds
{
    public int Reads { get; private set; }

    public IReadOnlyList<string> Ids { get; } = [.. requirements.Select(r => r.Id)];

    public int Count => requirements.Count;

    public Requirement this[int index]
    {
        get
        {
            Reads++;
            return requirements[index];
        }
    }

    public IEnumerator<Requirement> GetEnumerator()
    {
        Reads++;
        return requirements.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The plans with their requirements counted, and the counters by plan id.</summary>
    public static (List<Plan> Plans, Dictionary<string, ReadCountingRequirements> Counters) Wrap(IEnumerable<Plan> plans)
    {
        var counters = new Dictionary<string, ReadCountingRequirements>(StringComparer.Ordinal);
        var wrapped = plans.Select(p => p with { Requirements = counters[p.Id] = new ReadCountingRequirements(p.Requirements) }).ToList();
        return (wrapped, counters);
    }
}
