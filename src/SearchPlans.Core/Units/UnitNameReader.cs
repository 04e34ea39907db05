using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Units;

/// <summary>Reads a printed unit name into scope, body and type (see <see cref="UnitName"/>).</summary>
public static class UnitNameReader
{
    private const string ScopeCharacters = "省市县区镇乡";

    private static readonly string[] GroupWords = ["各", "其他", "有关", "相关"];

    private static readonly string[] GroupEndings = ["单位", "部门"];

    /// <param name="spelling">The name as printed.</param>
    /// <param name="impliedScope">The scope to assume when none is printed: from the unit before it in the same cell, else from the plan.</param>
    /// <param name="jurisdictionName">The plan's jurisdiction (庆元县): a name that starts with it has that scope.</param>
    public static UnitName Read(string spelling, string impliedScope, string? jurisdictionName = null)
    {
        var compact = TextCompaction.WithoutWhiteSpace(spelling);
        var key = WithoutBrackets(TextFolding.Fold(compact));
        var isGroup = GroupWords.Any(w => key.Contains(w, StringComparison.Ordinal))
            || GroupEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal));

        var (scope, rest) = PrintedScope(key, jurisdictionName);
        if (isGroup)
            return new UnitName(compact, scope, key, "", IsGroup: true, ScopePrinted: scope.Length > 0);

        var printed = scope.Length > 0;
        if (!printed)
            scope = impliedScope;
        var type = AgencyTypes.TypeOf(rest);
        return new UnitName(compact, scope, rest[..^type.Length], type, IsGroup: false, printed);
    }

    /// <summary>The scope character a plan's own units carry unprinted: 市 in a city's plan, none in an agency's.</summary>
    public static string ScopeOf(Jurisdiction jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => "省",
        AdminLevel.City => "市",
        AdminLevel.District => "区",
        AdminLevel.County => "县",
        _ => "",
    };

    private static (string Scope, string Remainder) PrintedScope(string name, string? jurisdictionName)
    {
        if (jurisdictionName is { Length: > 1 } j && name.Length > j.Length && name.StartsWith(j, StringComparison.Ordinal)
            && ScopeCharacters.Contains(j[^1]))
            return (j[^1..], name[j.Length..]);
        // 市场监管局 begins with 市 but names the market regulator, not a city body.
        if (name.Length > 1 && ScopeCharacters.Contains(name[0]) && !name.StartsWith("市场", StringComparison.Ordinal))
            return (name[..1], name[1..]);
        return ("", name);
    }

    // 各镇（街） and 各镇街 are one group; brackets in unit names only mark optional words.
    private static string WithoutBrackets(string name) =>
        new([.. name.Where(c => c is not ('(' or ')' or '（' or '）' or '[' or ']' or '【' or '】'))]);
}
