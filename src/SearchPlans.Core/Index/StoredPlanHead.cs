using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// What a stored corpus keeps of a plan in the corpus file: the plan without its <see cref="PlanBody"/>, with the
/// ids of its requirements (the counterpart index numbers them), how many sections and remainder pieces it has, and
/// where its body lies in the <see cref="PlanBodiesFile"/>.
/// </summary>
/// <param name="Plan">The plan with no sections, requirements or remainder.</param>
public sealed record StoredPlanHead(Plan Plan, IReadOnlyList<string> RequirementIds, int SectionCount, int RemainderCount, long BodyOffset, int BodyLength)
{
    public string Id => Plan.Id;

    public static StoredPlanHead Of(Plan plan, long bodyOffset, int bodyLength) =>
        new(plan with { Sections = [], Requirements = [], Remainder = [] }, [.. plan.Requirements.Select(r => r.Id)],
            plan.Sections.Count, plan.Remainder.Count, bodyOffset, bodyLength);

    /// <summary>The plan with its body read already.</summary>
    public Plan With(PlanBody body) => Plan with { Sections = body.Sections, Requirements = body.Requirements, Remainder = body.Remainder };

    /// <summary>The plan with its body read from the file each time it is asked for and not kept in use.</summary>
    internal Plan OnDisk(MappedPlanBodies bodies)
    {
        var body = new StoredPlanBody(bodies, this);
        return Plan with
        {
            Sections = new PlanBodyPart<Section>(body, b => b.Sections, SectionCount),
            Requirements = new StoredRequirements(body, RequirementIds),
            Remainder = new PlanBodyPart<RemainderPiece>(body, b => b.Remainder, RemainderCount),
        };
    }
}
