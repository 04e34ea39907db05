using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Compare.Rendering;

/// <summary>
/// What people call a requirement: its printed number (14), or where the plan prints none (prose plans), the printed
/// numbering of its sections and its place among their paragraphs (一（三）2). Never its id, which is for programs.
/// </summary>
public static partial class RequirementLabels
{
    // Labels of a plan are worked out together (a paragraph's place needs its neighbours), once per plan object.
    private static readonly ConditionalWeakTable<Plan, Dictionary<string, string>> ByPlan = [];

    public static string Of(Plan plan, Requirement requirement) =>
        requirement.Number ?? ByPlan.GetValue(plan, Unnumbered).GetValueOrDefault(requirement.Id, requirement.Number ?? "—");

    /// <summary>The labels of requirements of any of these plans (the two sides of a comparison).</summary>
    public static Func<Requirement, string> Of(params Plan[] plans)
    {
        var planOf = plans.SelectMany(p => p.Requirements.Select(r => (r.Id, Plan: p))).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Plan, StringComparer.Ordinal);
        return requirement => planOf.TryGetValue(requirement.Id, out var plan) ? Of(plan, requirement) : requirement.Number ?? "—";
    }

    private static Dictionary<string, string> Unnumbered(Plan plan)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var unnumbered = plan.Requirements.Where(r => r.Number is null).ToList();
        foreach (var section in unnumbered.GroupBy(r => string.Join("\n", r.SectionPath), StringComparer.Ordinal))
        {
            var members = section.ToList();
            var sectionLabel = SectionLabel(members[0].SectionPath);
            for (var i = 0; i < members.Count; i++)
            {
                var place = (i + 1).ToString(CultureInfo.InvariantCulture);
                labels[members[i].Id] = sectionLabel.Length == 0 ? $"第{place}段"
                    : members.Count == 1 ? sectionLabel
                    // A marker ending in a digit (1.) would run into the place; a separator keeps 1.2 from reading as one number.
                    : char.IsAsciiDigit(sectionLabel[^1]) ? $"{sectionLabel}·{place}"
                    : sectionLabel + place;
            }
        }
        return labels;
    }

    /// <summary>The sections' printed markers (一、 → 一, （三） → （三）), or, where they print none, the innermost title's opening words.</summary>
    private static string SectionLabel(IReadOnlyList<string> path)
    {
        var markers = path.Select(title => Marker().Match(title)).Where(m => m.Success)
            // Plans mix half- and full-width brackets within one outline; labels use the full-width form throughout.
            .Select(m => m.Groups["marker"].Value.Replace('(', '（').Replace(')', '）')).ToList();
        if (markers.Count > 0)
            return string.Concat(markers);
        if (path.Count == 0)
            return "";
        var title = path[^1].Trim();
        var opening = new StringInfo(title);
        return opening.LengthInTextElements <= 8 ? title + " " : opening.SubstringByTextElements(0, 8) + "… ";
    }

    // 一、 二、; （一） (一); 1. 1、 1．; （1） (1); ① — the numbering hierarchy plans print before a section title.
    [GeneratedRegex(@"^\s*(?:(?<marker>[一二三四五六七八九十百]+)[、．.]|(?<marker>[（(][一二三四五六七八九十百]+[)）])|(?<marker>\d+)[.、．]|(?<marker>[（(]\d+[)）])|(?<marker>[①-⑳]))")]
    private static partial Regex Marker();
}
