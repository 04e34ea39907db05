using System.Text.RegularExpressions;

namespace SearchPlans.Generate;

/// <summary>
/// Puts some requirements' deadlines into their text, as plans without a deadline column do (…于2020年底前编制完成):
/// 做好…公开。 becomes 做好…公开，于2022年底前完成。 The text written is the text kept in the truth.
/// </summary>
internal static partial class InlineDeadlines
{
    [GeneratedRegex(@"^\d{4}年(底|\d{1,2}月)前$")]
    private static partial Regex DatedDeadline();

    public static IReadOnlyList<GeneratedSection> Apply(IReadOnlyList<GeneratedSection> sections, Random random) =>
        [.. sections.Select(section => section with
        {
            Subsections = [.. section.Subsections.Select(sub => sub with
            {
                Requirements = [.. sub.Requirements.Select(r => Stated(r, random.NextDouble() < 0.3))],
            })],
        })];

    private static GeneratedRequirement Stated(GeneratedRequirement r, bool wanted) =>
        wanted && r.Deadline is { } deadline && DatedDeadline().IsMatch(deadline) && r.Text.EndsWith('。')
            ? r with { Text = $"{r.Text[..^1]}，于{deadline}完成。" }
            : r;
}
