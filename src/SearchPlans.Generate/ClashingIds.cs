using SearchPlans.Ingest;

namespace SearchPlans.Generate;

/// <summary>
/// Gives generated plans that share an id the ids the ingester will give them. Two places can share a pinyin id
/// (象山县 and 象山区 are both xiangshan, 福州 and 抚州 both fuzhou, and so their agencies); the ingester then suffixes
/// each of those plans with a key of its content, so the generator reads each such file back to learn that key.
/// </summary>
/// <remarks>
/// Renaming a plan renames its requirements, and with them the parent ids its children's requirements and truth name.
/// </remarks>
internal static class ClashingIds
{
    /// <param name="files">The generated files, in order.</param>
    /// <param name="parents">For each file, the plan it was derived from, or null.</param>
    public static IReadOnlyList<GeneratedFile> Resolve(IReadOnlyList<GeneratedFile> files, IReadOnlyList<GeneratedPlan?> parents)
    {
        var clashing = files.GroupBy(f => f.Plan.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        if (clashing.Count == 0)
            return files;

        var ingester = new PlanIngester();
        var newIds = new Dictionary<GeneratedPlan, string>(ReferenceEqualityComparer.Instance);
        foreach (var file in clashing)
        {
            var read = ingester.Ingest(file.Plan.FileName, file.Content);
            var plan = read.Plan ?? throw new InvalidOperationException($"generated file {file.Plan.FileName} does not read back: {read.Error}");
            if (plan.Id != file.Plan.Id)
                throw new InvalidOperationException($"generated file {file.Plan.FileName} reads back as {plan.Id}, not {file.Plan.Id}");
            newIds[file.Plan] = ReaderRules.DisambiguatedPlanId(plan);
        }

        return [.. files.Select((file, i) => file with { Plan = Renamed(file.Plan, parents[i], newIds) })];
    }

    private static GeneratedPlan Renamed(GeneratedPlan plan, GeneratedPlan? parent, Dictionary<GeneratedPlan, string> newIds)
    {
        var ownId = newIds.GetValueOrDefault(plan);
        var parentId = parent is null ? null : newIds.GetValueOrDefault(parent);
        if (ownId is null && parentId is null)
            return plan;
        return plan with
        {
            Id = ownId ?? plan.Id,
            ParentPlanId = parentId ?? plan.ParentPlanId,
            Sections = [.. plan.Sections.Select(section => section with
            {
                Subsections = [.. section.Subsections.Select(sub => sub with
                {
                    Requirements = [.. sub.Requirements.Select(r => r with
                    {
                        Id = ownId is null ? r.Id : ownId + r.Id[plan.Id.Length..],
                        Parent = parentId is null || r.Parent is null ? r.Parent : parentId + r.Parent[parent!.Id.Length..],
                    })],
                })],
            })],
        };
    }
}
