using System.Collections;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// One plan's body, read from the mapped file when asked for. The last one read is held weakly: a page that reads a
/// plan's requirements one by one reads its body once, and the collector takes it back when no page holds it.
/// </summary>
internal sealed class StoredPlanBody(MappedPlanBodies bodies, StoredPlanHead head)
{
    private readonly WeakReference<PlanBody?> lastRead = new(null);

    public PlanBody Read()
    {
        if (lastRead.TryGetTarget(out var held) && held is not null)
            return held;
        var body = bodies.Read(head);
        lastRead.SetTarget(body);
        return body;
    }
}

/// <summary>One list of a stored plan's body (its sections, requirements or remainder), counted without reading it.</summary>
internal class PlanBodyPart<T>(StoredPlanBody body, Func<PlanBody, IReadOnlyList<T>> part, int count) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => part(body.Read())[index];

    public IEnumerator<T> GetEnumerator() => count == 0 ? Enumerable.Empty<T>().GetEnumerator() : part(body.Read()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A stored plan's requirements, whose ids are known without reading them.</summary>
internal sealed class StoredRequirements(StoredPlanBody body, IReadOnlyList<string> ids)
    : PlanBodyPart<Requirement>(body, b => b.Requirements, ids.Count), IRequirementIds
{
    public IReadOnlyList<string> Ids => ids;
}
