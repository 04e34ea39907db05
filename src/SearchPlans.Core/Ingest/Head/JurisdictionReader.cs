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

    // An unnamed township's plan (镇2024年政务公开工作要点) opens with the level word alone; a street office's with
    // its office (城关街道办事处2023年…).
    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{0,10}?(?:镇|乡|街道))(?:办事处|人民政府|政府)?\s*\d{4}\s*年")]
    private static partial Regex LeadingTownship();

    // The year first (2024年大埔镇政务公开工作要点): a township no list of divisions names, known by its title going on
    // after it, as LeadingTownship knows it by the year. One named within its county (2024年柳城县大埔镇…) is read
    // as a place within another.
    [GeneratedRegex(@"^\d{4}\s*年\s*(?:度\s*)?(?<place>(?:(?![省市县区州旗盟])\p{IsCJKUnifiedIdeographs}){1,10}?(?:镇|乡|街道))(?:办事处|人民政府|政府)?(?=政务|信息公开|工作要点)")]
    private static partial Regex YearThenTownship();

    // A lower division named right after the first (福州市鼓楼区, 重庆市渝中区, 柳城县大埔镇): the plan is the lower one's.
    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治州|州(?![市区县])|区|县|旗|市|镇|乡|街道))")]
    private static partial Regex NestedPlace();

    // A State Council department (国家税务总局, 财政部) issues for itself: an agency of no province.
    [GeneratedRegex(@"^(?:\d{4}\s*年\s*(?:度\s*)?)?(?<organ>国家\p{IsCJKUnifiedIdeographs}{1,12}?(?:总局|局|委员会|委|署|院|办)|\p{IsCJKUnifiedIdeographs}{1,8}?部)(?=\s*\d{4}\s*年|政务|信息公开|工作要点)")]
    private static partial Regex NationalOrgan();

    [GeneratedRegex(@"^(?<place>\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州|盟|区|县|旗|镇|乡|街道))(人民政府|政府)?(办公室|办公厅)?$")]
    private static partial Regex Government();

    // 广东省卫生健康委2021年…, 2022年某市财政局政务公开…, 江门市财政局贯彻落实…: a body of the place, named before the
    // year, the subject or the plan it carries out, is an agency.
    [GeneratedRegex(@"^(?<organ>(?:(?!贯彻|落实|关于|印发|转发)\p{IsCJKUnifiedIdeographs}){1,14}?(?:委员会|委|厅|局|办|中心|办公室|馆|院|所|站|队|社))\s*(?:\d{4}\s*年|政务|信息公开|工作要点|贯彻落实)")]
    private static partial Regex OrganBeforeYear();

    [GeneratedRegex(@"^(?:人民政府|政府)(?:办公室|办公厅|办)?$")]
    private static partial Regex GovernmentsOffice();

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
        string? within = null, seat = null, opening = null;
        var titled = TitlePlace(foldedTitle);
        if (head.Issuer is { } masthead)
            found = Body(TextFolding.Fold(masthead)) ?? (TextFolding.Fold(masthead), AdminLevel.Agency);
        // A masthead names the body alone (萍杞镇人民政府); the title may name where it lies (萍杞县萍杞镇2024年…), or the
        // place whose agency the masthead names (萍杞市 of 萍杞市财政局).
        if (titled is { } t && (found is null || found.Value.Name == t.Name))
            (found, within, seat, opening) = ((found?.Name ?? t.Name, found?.Level ?? t.Level), t.Within, t.Seat, t.Opening);
        else if (titled is { Seat: null } place && found is (var agency, AdminLevel.Agency) && agency.StartsWith(place.Name, StringComparison.Ordinal)
            && agency.Length > place.Name.Length)
            (within, seat, opening) = (place.Within, place.Name, place.Opening);
        foreach (var body in head.NamedBodies)
            found ??= Body(TextFolding.Fold(body));
        if (found is not var (name, level))
            return new Jurisdiction(title, AdminLevel.Unknown, ProvinceNamedIn(TextFolding.Fold(fullText)));
        var province = level == AdminLevel.Province ? name
            : Gazetteer.ProvinceOf(name) is { } named && name.StartsWith(named[..2], StringComparison.Ordinal) ? named
            : PlaceList.ProvinceOf(name) ?? ProvinceOfWithin(within ?? seat) ?? ProvinceOfWithin(opening) ?? ProvinceNamedIn(TextFolding.Fold(fullText)) ?? Gazetteer.ProvinceOf(name);
        var (city, county) = EnclosingPlaces.Around(name, level, seat, within, province);
        return new Jurisdiction(name, level, province, city, county);
    }

    /// <summary>The government whose plan a cited title names (凉州区 of 凉州区人民政府办公室关于印发凉州区2024年…的通知).</summary>
    public static (string Name, AdminLevel Level)? GovernmentOfCitedPlan(string citedTitle)
    {
        var title = TextFolding.Fold(citedTitle);
        var issued = title.IndexOf("关于印发", StringComparison.Ordinal);
        if (issued >= 0)
            title = title[(issued + "关于印发".Length)..];
        return TitlePlace(title) is { Level: AdminLevel.Province or AdminLevel.City or AdminLevel.County or AdminLevel.District } place
            && !Deictic().IsMatch(place.Name) ? (place.Name, place.Level) : null;
    }

    private static bool IsNational(PlanHead head, string foldedTitle) =>
        foldedTitle.StartsWith("国务院", StringComparison.Ordinal)
        || (head.DocNumber is { } n && TextFolding.Fold(n).StartsWith("国办", StringComparison.Ordinal))
        || new[] { head.Issuer }.Concat(head.NamedBodies).OfType<string>().Any(b => TextFolding.Fold(b).StartsWith("国务院", StringComparison.Ordinal));

    /// <summary>The place (or agency) a title opens with, and the places it names it within.</summary>
    private static TitledPlace? TitlePlace(string title)
    {
        if (TownshipOpening(title) is var (township, county))
            return new(township, AdminLevel.Township, county, null, county);
        if (NationalOrgan().Match(title) is { Success: true } national && !Verb().IsMatch(national.Groups["organ"].Value))
            return new(national.Groups["organ"].Value, AdminLevel.Agency, null, null, null);
        if (LeadingPlace().Match(title) is not { Success: true } m)
            return null;
        var place = m.Groups["place"].Value;
        if (Deictic().IsMatch(place) || Verb().IsMatch(place))
            return null;
        var end = m.Groups["place"].Index + place.Length;
        var opening = place;
        string? within = null;
        while (NestedPlace().Match(title[end..]) is { Success: true } inner && Rank(LevelOf(inner.Groups["place"].Value)) < Rank(LevelOf(place))
            && IsDivision(inner.Groups["place"].Value, title[(end + inner.Length)..]))
        {
            within = place;
            place = inner.Groups["place"].Value;
            end += inner.Length;
        }
        // The government's own office (萍杞县人民政府办公室, 县政府办) issues the government's plan, as a masthead does.
        if (OrganBeforeYear().Match(title[end..]) is { Success: true } organ && !GovernmentsOffice().IsMatch(organ.Groups["organ"].Value))
            return new(place + organ.Groups["organ"].Value, AdminLevel.Agency, within, place, opening);
        return new(place, LevelOf(place), within, null, opening);
    }

    /// <param name="Within">The place it was named within (福州市 of 福州市鼓楼区).</param>
    /// <param name="Seat">For an agency, the place whose government it belongs to (鼓楼区 of 福州市鼓楼区财政局).</param>
    /// <param name="Opening">The place the title opens with (萍杞省 of 萍杞省萍杞市萍杞县…), the highest it names.</param>
    private sealed record TitledPlace(string Name, AdminLevel Level, string? Within, string? Seat, string? Opening);

    // 全县乡镇 and 本镇 name every township or the plan's own without a name: not a township's plan.
    private static (string Place, string? Within)? TownshipOpening(string title)
    {
        var m = LeadingTownship().Match(title);
        if (!m.Success)
            m = YearThenTownship().Match(title);
        if (!m.Success)
            return null;
        var place = m.Groups["place"].Value;
        if (place.Contains("乡镇", StringComparison.Ordinal) || "全本我各".Contains(place[0]) && place.Length > 1)
            return null;
        // Named within its county or city (萍杞县萍杞镇2024年…): the township's own name, as 2024年柳城县大埔镇… is read.
        // A city then a county before it (江门市新会区会城街道): the nearest is the one it lies in.
        string? within = null;
        while (CountyBeforeTownship().Match(place) is { Success: true } county)
            (place, within) = (place[county.Length..], county.Value);
        if (within is not null)
            return (place, within);
        // A county of one character before its level word (攸县崂泾镇) is known by the list of divisions.
        var listed = Enumerable.Range(2, Math.Max(0, place.Length - 3)).Select(length => place[..length])
            .FirstOrDefault(p => PlaceList.LevelOf(p) is not null && NamedTownship().IsMatch(place[p.Length..]));
        return listed is null ? (place, null) : (place[listed.Length..], listed);
    }

    // A township's own name: two characters or more before its level word (城区街道 is no 街道 of 城区).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,}(?:镇|乡|街道)$")]
    private static partial Regex NamedTownship();

    // A county, banner or district named before a township's name, or a city governing its towns directly (东莞市虎门镇),
    // each at least two characters before its level word (城区街道 is one street office, not 城区's 街道).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}?(?:县|旗|区|市)(?=\p{IsCJKUnifiedIdeographs}{2,})")]
    private static partial Regex CountyBeforeTownship();

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

    // A county or district the list of divisions knows; a township or a zone only where the plan's title goes on
    // after it (大埔镇2024年, 大埔镇政务公开, 萍杞县贯彻落实…分工方案), since 住房和城乡建设局 also holds a 乡.
    [GeneratedRegex(@"^(?:\s*\d{4}\s*年|人民政府|政府|政务|信息公开|工作要点|贯彻落实)")]
    private static partial Regex TitleGoesOn();

    // A city, county or district newer than the list (萍杞省萍杞市2024年…, 萍杞市萍杞区2024年…) counts as a township
    // does, by a name of two or three characters before its level word and the title, one of its bodies
    // (萍杞市财政局2024年…) or a division within it (萍杞市萍杞区2024年…) going on after it.
    private static bool IsDivision(string place, string rest) =>
        !Deictic().IsMatch(place) && !Verb().IsMatch(place)
        && (PlaceList.LevelOf(place) is not null
            || ((LevelOf(place) == AdminLevel.Township || Zone().IsMatch(place) || UnlistedCounty(place)) && TitleGoesOn().IsMatch(rest))
            || (UnlistedDivision(place) && (TitleGoesOn().IsMatch(rest) || OrganBeforeYear().IsMatch(rest)
                || (NestedPlace().Match(rest) is { Success: true } lower && IsDivision(lower.Groups["place"].Value, rest[lower.Length..])))));

    private static bool UnlistedCounty(string place) =>
        place.Length >= 3 && LevelOf(place) is AdminLevel.County or AdminLevel.District && !place.Contains('各');

    // A short name (萍杞市, 萍杞县), not a zone or a region (粤港澳大湾区), may be followed by one of its bodies.
    private static bool UnlistedDivision(string place) =>
        place.Length is >= 3 and <= 4 && LevelOf(place) is AdminLevel.City or AdminLevel.County or AdminLevel.District
        && !place.Contains('各') && !Zone().IsMatch(place);

    // A development zone a city runs (火炬开发区, 高新区, 临空经济区) publishes its own plan, as a district does; no list
    // of divisions names it, so it counts only where the title goes on after it, as a township's does.
    [GeneratedRegex(@"(?:开发区|高新区|新区|经济区|试验区|示范区|园区|管理区)$")]
    private static partial Regex Zone();

    // 鼓楼区 is in four cities; 福州市鼓楼区 is in Fujian.
    private static string? ProvinceOfWithin(string? within) =>
        within is null ? null : LevelOf(within) == AdminLevel.Province ? within : PlaceList.ProvinceOf(within);

    /// <summary>How high a level of government stands, so a place named inside another is known to be lower.</summary>
    private static int Rank(AdminLevel level) => level switch
    {
        AdminLevel.Province => 3,
        AdminLevel.City => 2,
        AdminLevel.County or AdminLevel.District => 1,
        _ => 0,
    };

    internal static AdminLevel LevelOf(string place) => place switch
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
