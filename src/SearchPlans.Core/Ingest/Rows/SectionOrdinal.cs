using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Rows;

/// <summary>The Chinese ordinal a section title opens with: "一、" at the top level, "（一）" below it.</summary>
internal static partial class SectionOrdinal
{
    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+)\s*、")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]")]
    private static partial Regex SecondLevel();

    /// <summary>0 for "一、…", 1 for "（一）…", null for a title without an ordinal.</summary>
    public static int? LevelOf(string title) =>
        TopLevel().IsMatch(title) ? 0 : SecondLevel().IsMatch(title) ? 1 : null;

    /// <summary>"二、" → "二"; "(五) " → "五"; null where there is none.</summary>
    public static string? Of(string title)
    {
        var m = TopLevel().Match(title);
        if (!m.Success)
            m = SecondLevel().Match(title);
        return m.Success ? m.Groups[1].Value : null;
    }
}
