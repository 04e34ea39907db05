namespace SearchPlans.Ingest.Shapes;

/// <summary>Recognises a table header row and gives each column its role; names are compared folded, so Traditional-script headers (具體要求, 落實單位) count too.</summary>
internal static class TableHeader
{
    private static readonly string[] TextHeaders = ["具体要求", "工作任务", "具体任务", "主要任务", "任务内容", "重点任务"];
    private static readonly string[] UnitHeaders = ["落实单位", "责任单位", "责任科室", "责任股室", "责任处室", "牵头单位", "牵头部门", "责任部门", "承办单位", "配合单位", "配合部门", "协办单位", "参与单位"];
    private static readonly string[] DeadlineHeaders = ["完成时限", "时间要求", "完成时间", "时限要求"];
    private static readonly string[] CriteriaHeaders = ["评价标准", "考核标准"];
    private static readonly string[] OtherHeaders = ["工作要求", "序号", "工作内容", "备注"];

    /// <summary>Whether a column's name says its units lead (牵头单位, 牵头部门).</summary>
    public static bool NamesLead(string cell) => Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell).Contains("牵头", StringComparison.Ordinal);

    /// <summary>Whether the header names a column for the rows' numbers (序号).</summary>
    public static bool NumbersRows(IReadOnlyList<string> cells) => cells.Any(c => Analysis.TextCompaction.FoldedWithoutWhiteSpace(c) == "序号");

    public static bool IsHeaderCell(string cell) => Known(Analysis.TextCompaction.FoldedWithoutWhiteSpace(cell));

    /// <summary>A header row has at least two cells, all of them blank or known header names.</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells)
    {
        var named = cells.Select(Analysis.TextCompaction.FoldedWithoutWhiteSpace).Where(c => c.Length > 0).ToList();
        return named.Count >= 2 && named.All(Known);
    }

    /// <summary>
    /// Roles for the header's columns. The requirement text is the 具体要求 column where there is one, else the
    /// task column (工作任务 / 具体任务); every column before it is a section level.
    /// </summary>
    public static ColumnRole[] Roles(IReadOnlyList<string> cells)
    {
        var names = cells.Select(Analysis.TextCompaction.FoldedWithoutWhiteSpace).ToArray();
        var textColumn = Array.FindIndex(names, n => n == "具体要求");
        if (textColumn < 0)
            textColumn = Array.FindIndex(names, n => TextHeaders.Contains(n));
        var roles = new ColumnRole[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            roles[i] = names[i] switch
            {
                _ when i == textColumn => ColumnRole.Text,
                "序号" => ColumnRole.Number,
                _ when i < textColumn => ColumnRole.Section,
                var n when UnitHeaders.Contains(n) => ColumnRole.Units,
                var n when DeadlineHeaders.Contains(n) => ColumnRole.Deadline,
                var n when CriteriaHeaders.Contains(n) => ColumnRole.Criteria,
                _ => ColumnRole.Ignored,
            };
            // A row holds one deadline, and units under each name once (牵头单位 and 配合单位 are both read): a second
            // column of the same name (two header rows run together) is kept as remainder rather than read twice.
            if ((roles[i] == ColumnRole.Deadline && Array.IndexOf(roles, roles[i], 0, i) >= 0)
                || (roles[i] == ColumnRole.Units && Array.IndexOf(names, names[i], 0, i) >= 0))
                roles[i] = ColumnRole.Ignored;
        }
        return roles;
    }

    private static bool Known(string name) =>
        TextHeaders.Contains(name) || UnitHeaders.Contains(name) || DeadlineHeaders.Contains(name)
        || CriteriaHeaders.Contains(name) || OtherHeaders.Contains(name);
}
