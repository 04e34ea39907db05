using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Works out whom a plan binds: a government (from the masthead, the place its title opens with, or the body that
/// issues its notice) or an agency (a body that is not a government or its office), its level, and its province.
/// Names are given in Simplified script, so 慶元縣 and 庆元县 are one jurisdiction.
/// </summary>
internal static partial class JurisdictionReader
{
    [GeneratedRegex(@"^(?:\d{4}\s*年\s*(?:度\s*)?)?(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州(?![市区县])|盟|区|县|旗))")]
    private static partial Regex LeadingPlace();

    // An unnamed township's plan (镇2024年政务公开工作要点) opens with the level word alone.
    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{0,10}?(?:镇|乡|街道))\s*\d{4}\s*年")]
    private static partial Regex LeadingTownship();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州|盟|区|县|旗|镇|乡|街道))(人民政府|政府)?(办公室|办公厅)?$")]
    private static partial Regex Government();

    // 广东省卫生健康委2021年…, 2022年某市财政局政务公开…: a body of the place, named before the year or the subject, is an agency.
    [GeneratedRegex(@"^(?<organ>(?:(?!贯彻|落实|关于|印发|转发)\p{IsCJKUnifiedIdeographs}){1,14}?(?:委员会|委|厅|局|办|中心|办公室|馆|院|所|站|队|社))\s*(?:\d{4}\s*年|政务|信息公开|工作要点)")]
    private static partial Regex OrganBeforeYear();

    [GeneratedRegex(@"(委员会|委|厅|局|办|中心|署|院|会|处|室|所|站|队|集团|公司)$")]
    private static partial Regex OrganEnding();

    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Bracketed();

    // 全省, 本市, 我区: the plan's own place, named without its name.
    [GeneratedRegex(@"^(全|本|我|各)(省|市|区|县|州|镇|乡|旗)$")]
    private static partial Regex Deictic();

    [GeneratedRegex(@"推进|推动|贯彻|落实|关于|加强|深化|全面|做好|进一步")]
    private static partial Regex Verb();

    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    public static Jurisdiction Read(PlanHead head, string title, string fullText)
    {
        var foldedTitle = TextFolding.Fold(title);
        if (IsNational(head, foldedTitle))
            return new Jurisdiction("国务院", AdminLevel.National, null);

        (string Name, AdminLevel Level)? found = null;
        if (head.Issuer is { } masthead)
            found = Body(TextFolding.Fold(masthead)) ?? (TextFolding.Fold(masthead), AdminLevel.Agency);
        found ??= TitlePlace(foldedTitle);
        foreach (var body in head.NamedBodies)
            found ??= Body(TextFolding.Fold(body));
        if (found is not var (name, level))
            return new Jurisdiction(title, AdminLevel.Unknown, ProvinceNamedIn(TextFolding.Fold(fullText)));
        var province = level == AdminLevel.Province ? name
            : Gazetteer.ProvinceOf(name) is { } named && name.StartsWith(named[..2], StringComparison.Ordinal) ? named
            : PlaceList.ProvinceOf(name) ?? ProvinceNamedIn(TextFolding.Fold(fullText)) ?? Gazetteer.ProvinceOf(name);
        return new Jurisdiction(name, level, province);
    }

    private static bool IsNational(PlanHead head, string foldedTitle) =>
        foldedTitle.StartsWith("国务院", StringComparison.Ordinal)
        || (head.DocNumber is { } n && TextFolding.Fold(n).StartsWith("国办", StringComparison.Ordinal))
        || new[] { head.Issuer }.Concat(head.NamedBodies).OfType<string>().Any(b => TextFolding.Fold(b).StartsWith("国务院", StringComparison.Ordinal));

    private static (string, AdminLevel)? TitlePlace(string title)
    {
        if (LeadingTownship().Match(title) is { Success: true } township)
            return (township.Groups["place"].Value, AdminLevel.Township);
        if (LeadingPlace().Match(title) is not { Success: true } m)
            return null;
        var place = m.Groups["place"].Value;
        if (Deictic().IsMatch(place) || Verb().IsMatch(place))
            return null;
        if (OrganBeforeYear().Match(title[(m.Groups["place"].Index + place.Length)..]) is { Success: true } organ)
            return (place + organ.Groups["organ"].Value, AdminLevel.Agency);
        return (place, LevelOf(place));
    }

    // A government or its office binds its place; another body is an agency (its office issues for it:
    // 山东省教育厅(中共山东省委教育工委)办公室 is 山东省教育厅).
    private static (string, AdminLevel)? Body(string name)
    {
        var bare = Bracketed().Replace(name, "").Trim();
        if (bare.Length < 2 || Deictic().IsMatch(bare))
            return null;
        if (Government().Match(bare) is { Success: true } gov)
            return Deictic().IsMatch(gov.Groups["place"].Value) ? null : (gov.Groups["place"].Value, LevelOf(gov.Groups["place"].Value));
        if (!OrganEnding().IsMatch(bare))
            return null;
        var agency = Regex.Replace(bare, "(办公室|办公厅)$", "");
        return (OrganEnding().IsMatch(agency) ? agency : bare, AdminLevel.Agency);
    }

    private static AdminLevel LevelOf(string place) => place switch
    {
        _ when Municipalities.Contains(place) => AdminLevel.Province,
        _ when place.EndsWith('省') || place.EndsWith("自治区", StringComparison.Ordinal) => AdminLevel.Province,
        _ when place.EndsWith('镇') || place.EndsWith('乡') || place.EndsWith("街道", StringComparison.Ordinal) => AdminLevel.Township,
        _ when place.EndsWith('区') => AdminLevel.District,
        _ when place.EndsWith('县') || place.EndsWith('旗') => AdminLevel.County,
        // A 市 may be a prefecture (江门市) or a county-level city (台山市); the list of divisions knows which.
        _ => PlaceList.LevelOf(place) == AdminLevel.County ? AdminLevel.County : AdminLevel.City,
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
