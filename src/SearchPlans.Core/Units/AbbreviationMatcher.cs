namespace SearchPlans.Units;

/// <summary>
/// Decides whether one agency name is a short form of another, the way Chinese agency names are shortened:
/// 政数局 ← 政务服务数据管理局, 发改局 ← 发展和改革局, 人社局 ← 人力资源社会保障局, 市府办公室 ← 市政府办公室.
/// </summary>
/// <remarks>
/// The rules, all of which must hold:
/// - both name one body (not a group such as 市直各单位), with the same scope (市 stays apart from 区);
/// - the short type word is the long one or its usual short form (办 for 办公室), so 分局 never matches 局;
/// - the short body is the long body (or a <see cref="ContractionRules"/> form of it), or its characters appear in
///   order in it, starting with its first character, in at least two separate pieces.
/// The two-piece rule is what tells an abbreviation from a different, narrower body: 发改 takes 发 and 改 from
/// 发展和改革, while 政府办公室 is not 政府督查办公室 with a word left out.
/// </remarks>
public static class AbbreviationMatcher
{
    public static bool IsAbbreviation(UnitName shortName, UnitName longName)
    {
        if (shortName.IsGroup || longName.IsGroup || shortName.Type.Length == 0 || longName.Type.Length == 0)
            return false;
        if (shortName.Scope != longName.Scope || !AgencyTypes.Abbreviates(shortName.Type, longName.Type))
            return false;
        if (shortName.Body.Length == 0 || shortName.Key == longName.Key)
            return false;
        return ContractionRules.Variants(longName.Body, longName.Type)
            .Any(form => form == shortName.Body || PiecesInOrder(shortName.Body, form) >= 2);
    }

    /// <summary>
    /// How many separate stretches of <paramref name="longText"/> the characters of <paramref name="shortText"/>
    /// come from, matched left-most from the first character on; 0 when they do not all appear in order.
    /// </summary>
    public static int PiecesInOrder(string shortText, string longText)
    {
        // By Rune, so a character outside the basic plane is matched whole.
        var wanted = shortText.EnumerateRunes().ToArray();
        var within = longText.EnumerateRunes().ToArray();
        if (wanted.Length == 0 || within.Length == 0 || wanted[0] != within[0])
            return 0;
        var pieces = 1;
        var at = 0;
        for (var i = 1; i < wanted.Length; i++)
        {
            var next = Array.IndexOf(within, wanted[i], at + 1);
            if (next < 0)
                return 0;
            if (next > at + 1)
                pieces++;
            at = next;
        }
        return pieces;
    }
}
