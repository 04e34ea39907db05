using System.Globalization;

namespace SearchPlans.Generate;

/// <summary>
/// Gives each generated requirement the id the ingester will give it: the plan id and the printed number where
/// numbers are unique, else the section ordinals and the number or position (the rule of the ingester's assembler).
/// </summary>
internal static class RequirementIds
{
    public static IReadOnlyList<GeneratedSection> Assign(string planId, PlanLayout layout, IReadOnlyList<GeneratedSection> sections)
    {
        var numbers = Numbers(layout, sections).ToList();
        var numbersAreIds = numbers.All(n => n is not null) && numbers.Distinct().Count() == numbers.Count;
        var position = 0;
        return [.. sections.Select((section, t) => section with
        {
            Subsections = [.. section.Subsections.Select((sub, s) => sub with
            {
                Requirements = [.. sub.Requirements.Select((r, k) => r with
                {
                    Id = Id(planId, numbersAreIds, numbers[position++], t + 1, s + 1, k + 1),
                })],
            })],
        })];
    }

    /// <summary>The item number each requirement is printed with, in order; null where the layout prints none.</summary>
    public static IEnumerable<string?> Numbers(PlanLayout layout, IReadOnlyList<GeneratedSection> sections)
    {
        var running = 0;
        foreach (var sub in sections.SelectMany(s => s.Subsections))
        {
            for (var k = 1; k <= sub.Requirements.Count; k++)
            {
                yield return layout switch
                {
                    PlanLayout.Prose => null,
                    PlanLayout.CellPerLine => Invariant(k),
                    _ => Invariant(++running),
                };
            }
        }
    }

    private static string Id(string planId, bool numbersAreIds, string? number, int top, int sub, int ordinal) =>
        numbersAreIds ? $"{planId}-{number}" : $"{planId}-{top}.{sub}.{number ?? Invariant(ordinal)}";

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
