using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Works out whom a plan binds: a government (from the masthead or the place its title opens with) or an agency
/// (a masthead that is not a government or its office), its level, and its province.
/// </summary>
internal static partial class JurisdictionReader
{
    [GeneratedRegex(@"^(?:\d{4}\s*年\s*)?(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州(?![市区县])|盟|区|县|旗))")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州|盟|区|县|旗))(人民政府)?(办公室|办公厅)?$")]
    private static partial Regex Government();

    public static Jurisdiction Read(PlanHead head, string title, string fullText)
    {
        if (head.Issuer is { } issuer && (issuer.StartsWith("国务院", StringComparison.Ordinal)))
            return new Jurisdiction("国务院", AdminLevel.National, null);
        if (title.StartsWith("国务院", StringComparison.Ordinal))
            return new Jurisdiction("国务院", AdminLevel.National, null);

        // Patterns match the folded text (same length, one character for one), so Traditional-script mastheads
        // and titles (慶元縣人民政府辦公室) are read too; names are taken from the text as printed.
        string name;
        AdminLevel level;
        if (head.Issuer is { } masthead && Government().Match(TextFolding.Fold(masthead)) is { Success: true } gov)
        {
            name = masthead.Substring(gov.Groups["place"].Index, gov.Groups["place"].Length);
            level = LevelOf(TextFolding.Fold(name));
        }
        else if (head.Issuer is { } agency)
        {
            name = agency;
            level = AdminLevel.Agency;
        }
        else if (LeadingPlace().Match(TextFolding.Fold(title)) is { Success: true } place)
        {
            name = title.Substring(place.Groups["place"].Index, place.Groups["place"].Length);
            level = LevelOf(TextFolding.Fold(name));
        }
        else
        {
            return new Jurisdiction(title, AdminLevel.Unknown, ProvinceNamedIn(TextFolding.Fold(fullText)));
        }
        var province = level == AdminLevel.Province ? name : ProvinceNamedIn(TextFolding.Fold(fullText)) ?? Gazetteer.ProvinceOf(TextFolding.Fold(name));
        return new Jurisdiction(name, level, province);
    }

    private static AdminLevel LevelOf(string place) => place switch
    {
        _ when place.EndsWith('省') || place.EndsWith("自治区", StringComparison.Ordinal) => AdminLevel.Province,
        _ when place.EndsWith('区') => AdminLevel.District,
        _ when place.EndsWith('县') || place.EndsWith('旗') => AdminLevel.County,
        _ => AdminLevel.City,
    };

    // The province the text names most often: 《广东省…》, 广东数字政府, 《浙江省公共数据条例》.
    private static string? ProvinceNamedIn(string text)
    {
        var best = Gazetteer.ProvinceFullNames
            .Select(p => (p.Value, Count: Regex.Count(text, Regex.Escape(p.Key))))
            .Where(p => p.Count > 0)
            .OrderByDescending(p => p.Count)
            .FirstOrDefault();
        return best.Count > 0 ? best.Value : null;
    }
}
