namespace SearchPlans.Model;

/// <summary>Every plan that was read successfully, in the order the files were read.</summary>
public sealed record Corpus(IReadOnlyList<Plan> Plans)
{
    public Plan? FindPlan(string id) => Plans.FirstOrDefault(p => p.Id == id);

    public Requirement? FindRequirement(string id) =>
        Plans.SelectMany(p => p.Requirements).FirstOrDefault(r => r.Id == id);
}
