using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>Names a unit role at a jurisdiction's level, and writes the units cell or the prose marker.</summary>
internal static class UnitNames
{
    public static string Name(UnitKind role, CatalogEntry jurisdiction) => jurisdiction.Level switch
    {
        AdminLevel.Province => role switch
        {
            UnitKind.Office => "省政府办公厅",
            UnitKind.Finance => "省财政厅",
            UnitKind.Justice => "省司法厅",
            UnitKind.Development => "省发展改革委",
            UnitKind.Health => "省卫生健康委",
            UnitKind.Data => "省政务服务数据管理局",
            UnitKind.Market => "省市场监管局",
            UnitKind.Environment => "省生态环境厅",
            UnitKind.Housing => "省住房城乡建设厅",
            UnitKind.HumanResources => "省人力资源社会保障厅",
            UnitKind.Agriculture => "省农业农村厅",
            UnitKind.Education => "省教育厅",
            UnitKind.AllDepartments => "省直各单位",
            _ => "各地级以上市人民政府",
        },
        AdminLevel.Agency => role switch
        {
            UnitKind.Office => "办公室",
            UnitKind.Finance => "财务科",
            UnitKind.Justice => "法规科",
            UnitKind.Data => "信息科",
            UnitKind.AllDepartments or UnitKind.LowerGovernments => "各科室",
            _ => "业务科",
        },
        _ => Local(role, jurisdiction.Level switch
        {
            AdminLevel.County => "县",
            AdminLevel.District => "区",
            AdminLevel.Township => jurisdiction.Name[^1..],
            _ => "市",
        }),
    };

    /// <summary>The 落实单位 cell: "市财政局牵头，市直各单位按职责分工落实".</summary>
    public static string Cell(UnitAssignment units, CatalogEntry jurisdiction)
    {
        var leads = Join(units.Leads, jurisdiction);
        var others = Join(units.Others, jurisdiction);
        if (leads.Length == 0)
            return others;
        return others.Length == 0 ? leads + "牵头" : $"{leads}牵头，{others}按职责分工落实";
    }

    /// <summary>The inline marker of prose plans: （县财政局牵头负责） or （县财政局、县司法局分别负责）.</summary>
    public static string Marker(UnitAssignment units, CatalogEntry jurisdiction)
    {
        // Prose markers never hold brackets (各县（区）…), which would end the marker early.
        var named = units.Leads.Count > 0 ? units.Leads : units.Others;
        var names = string.Join("、", named.Where(r => r != UnitKind.LowerGovernments).Select(r => Name(r, jurisdiction)).Distinct());
        if (names.Length == 0)
            names = Name(UnitKind.Office, jurisdiction);
        return named.Count > 1 ? $"（{names}分别负责）" : $"（{names}牵头负责）";
    }

    private static string Join(IReadOnlyList<UnitKind> roles, CatalogEntry jurisdiction) =>
        string.Join("、", roles.Select(r => Name(r, jurisdiction)).Distinct());

    private static string Local(UnitKind role, string prefix) => role switch
    {
        UnitKind.Office => prefix + "政府办公室",
        UnitKind.Finance => prefix + "财政局",
        UnitKind.Justice => prefix + "司法局",
        UnitKind.Development => prefix + "发展改革局",
        UnitKind.Health => prefix + "卫生健康局",
        UnitKind.Data => prefix + "政务服务数据管理局",
        UnitKind.Market => prefix + "市场监管局",
        UnitKind.Environment => prefix + "生态环境局",
        UnitKind.Housing => prefix + "住房城乡建设局",
        UnitKind.HumanResources => prefix + "人力资源社会保障局",
        UnitKind.Agriculture => prefix + "农业农村局",
        UnitKind.Education => prefix + "教育局",
        UnitKind.AllDepartments => prefix + "直各单位",
        _ => prefix switch { "市" => "各县（区）人民政府", "县" => "各乡镇人民政府", "镇" or "乡" => "各村（居）民委员会", _ => "各街道办事处" },
    };
}
