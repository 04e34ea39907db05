namespace SearchPlans.Units;

/// <summary>The words a Chinese agency name ends in, which say what kind of body it is.</summary>
public static class AgencyTypes
{
    // Longest first, so 分局 wins over 局 and 办公室 over 室: a 分局 is a branch, never the same body as the 局.
    private static readonly string[] Suffixes =
    [
        "领导小组", "办公室", "委员会", "管委会", "分中心", "中心", "分局", "集团", "公司",
        "局", "委", "办", "厅", "室", "院", "馆", "所", "处", "科", "队", "站",
    ];

    /// <summary>The type word the name ends in, or "" when it ends in none (街道, 各乡镇).</summary>
    public static string TypeOf(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return suffix;
        }
        return "";
    }

    /// <summary>
    /// True when a name ending in <paramref name="shortType"/> can abbreviate one ending in <paramref name="longType"/>:
    /// the same word, or its usual one-character short form (县府办 for 县政府办公室, 发改委 for 发展和改革委员会).
    /// </summary>
    public static bool Abbreviates(string shortType, string longType) =>
        shortType == longType
        || (shortType == "办" && longType == "办公室")
        || (shortType == "委" && longType == "委员会");
}
