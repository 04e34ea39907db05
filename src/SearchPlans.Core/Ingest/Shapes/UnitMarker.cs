using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Shapes;

/// <summary>
/// The inline responsibility marker of prose plans: （县发改局牵头负责）, (各有关单位分别负责), …分别牵头）.
/// Markdown around or inside it is stripped before matching; full- and half-width brackets mix freely.
/// </summary>
internal static partial class UnitMarker
{
    [GeneratedRegex(@"[（(][^（）()。；]{1,120}?(?:负责|牵头)[）)]")]
    public static partial Regex Pattern();

    public static bool StartsWithMarker(string text) => Pattern().Match(Analysis.TextFolding.Fold(text.TrimStart())) is { Success: true, Index: 0 };
}
