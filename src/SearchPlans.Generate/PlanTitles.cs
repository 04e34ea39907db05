using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>Titles, issuers and document numbers as plans at each level print them.</summary>
internal static class PlanTitles
{
    /// <summary>
    /// A province prints its 工作要点; a city carries out the province's (河源市贯彻落实省政府办公厅2022年…分工方案), a
    /// county or agency the city's. The title opens with the place, which is how the ingester finds the jurisdiction.
    /// </summary>
    public static string Title(CatalogEntry jurisdiction, int year, bool derived) => jurisdiction.Level switch
    {
        AdminLevel.Province => $"{jurisdiction.TitleName}{year}年政务公开工作要点",
        AdminLevel.City when derived => $"{jurisdiction.TitleName}贯彻落实省政府办公厅{year}年政务公开工作要点分工方案",
        // A township's plan names itself and its year first, as township plans print it (城关镇2024年政务公开工作要点).
        AdminLevel.Township => $"{jurisdiction.TitleName}{year}年政务公开工作要点",
        _ when derived => $"{jurisdiction.TitleName}贯彻落实市政府办公室{year}年政务公开工作要点分工方案",
        _ => $"{jurisdiction.TitleName}{year}年政务公开工作要点",
    };

    /// <summary>
    /// The title in one of the forms real plans print (2022年湖北省政务公开工作要点, 北京市2018年政务公开工作要点,
    /// 2017年天津市政务公开重点工作安排, 台山市2021年政务公开工作任务分工, 广东省卫生健康委2021年政务公开工作重点任务台账):
    /// always the place or agency and the year, so the plan's jurisdiction, level and year can be read from it.
    /// </summary>
    public static string RealTitle(CatalogEntry jurisdiction, int year, bool derived, Random random)
    {
        var name = jurisdiction.TitleName;
        string[] forms = jurisdiction.Level == AdminLevel.Agency
            ? [$"{name}{year}年政务公开工作重点任务台账", $"{name}{year}年政务公开工作要点任务分工", $"{year}年{name}政务公开工作要点"]
            : derived
                ? [$"{name}{year}年政务公开工作任务分工", $"{year}年{name}政务公开重点工作任务分工", Title(jurisdiction, year, derived)]
                : [$"{year}年{name}政务公开工作要点", $"{name}{year}年政务公开工作要点", $"{year}年{name}政务公开重点工作安排"];
        return forms[random.Next(forms.Length)];
    }

    /// <summary>The government a letter says has approved the plan: 省政府, 市政府, 县政府, 区政府; the agency itself for an agency.</summary>
    public static string ApprovingGovernment(CatalogEntry jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => "省政府",
        AdminLevel.City => "市政府",
        AdminLevel.County => "县政府",
        AdminLevel.District => "区政府",
        AdminLevel.Township => jurisdiction.Name[^1] + "政府",
        _ => jurisdiction.Name,
    };

    /// <summary>The body whose masthead heads the file: the government's office, or the agency itself.</summary>
    public static string Issuer(CatalogEntry jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => jurisdiction.Name + "人民政府办公厅",
        AdminLevel.Agency => jurisdiction.Name,
        _ => jurisdiction.Name + "人民政府办公室",
    };

    /// <summary>A 文号 such as 河府办函〔2022〕17号 or 河财〔2022〕8号.</summary>
    public static string DocNumber(CatalogEntry jurisdiction, int year, int serial)
    {
        var code = jurisdiction.Level == AdminLevel.Agency
            ? $"{jurisdiction.Name[0]}{jurisdiction.Name[jurisdiction.Place.Length]}"
            : $"{jurisdiction.Name[0]}府办函";
        return $"{code}〔{year}〕{serial}号";
    }
}
