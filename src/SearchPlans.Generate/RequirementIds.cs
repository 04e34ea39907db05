using System.Globalization;

namespace SearchPlans.Generate;

/// <summary>
/// Gives each generated requirement the id the ingester will give it: the plan id and the printed number where
/// numbers are unique, else the path of section ordinals the file shows and the number, or the position under the
/// innermost section (the rule of the ingester's assembler).
/// </summary>
internal static class RequirementIds
{
    public static IReadOnlyList<GeneratedSection> Assign(string planId, PlanLayout layout, IReadOnlyList<GeneratedSection> sections)
    {
        var printed = Printed(layout, sections).ToList();
        var numbers = printed.Select(p => p.Number).ToList();
        var numbersAreIds = numbers.All(n => n is not null) && numbers.Distinct().Count() == numbers.Count;
        var position = 0;
        return [.. sections.Select(section => section with
        {
            Subsections = [.. section.Subsections.Select(sub => sub with
            {
                Requirements = [.. sub.Requirements.Select(r => r with { Id = Id(planId, numbersAreIds, printed[position++]) })],
            })],
        })];
    }

    /// <summary>Each requirement's printed number, the section path the file shows above it, and its place under that path.</summary>
    private static IEnumerable<(string? Number, string SectionKey, int Ordinal)> Printed(PlanLayout layout, IReadOnlyList<GeneratedSection> sections)
    {
        var running = 0;
        var group = 0;
        for (var t = 1; t <= sections.Count; t++)
        {
            var subsections = sections[t - 1].Subsections;
            for (var s = 1; s <= subsections.Count; s++)
            {
                group++;
                for (var k = 1; k <= subsections[s - 1].Requirements.Count; k++)
                {
                    running++;
                    yield return layout switch
                    {
                        PlanLayout.Prose => (null, $"{t}.{s}.", k),
                        // Numbered again under every task. The outline's opening 一、总体要求 is preamble, not a section.
                        PlanLayout.CellPerLine or PlanLayout.Outline => (Invariant(k), $"{t}.{s}.", k),
                        // No sections and no numbers: the reader counts requirements through the plan.
                        PlanLayout.PipeCellTable => (null, "", running),
                        // One merged column of section cells: the subsections, counted through the plan.
                        PlanLayout.BlankLineCellTable => (null, $"{group}.", k),
                        _ => (Invariant(running), $"{t}.{s}.", k),
                    };
                }
            }
        }
    }

    private static string Id(string planId, bool numbersAreIds, (string? Number, string SectionKey, int Ordinal) printed) =>
        numbersAreIds ? $"{planId}-{printed.Number}" : $"{planId}-{printed.SectionKey}{printed.Number ?? Invariant(printed.Ordinal)}";

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
