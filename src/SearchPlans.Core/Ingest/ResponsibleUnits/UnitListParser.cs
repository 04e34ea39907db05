using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.ResponsibleUnits;

/// <summary>
/// Splits a responsible-units cell into units: "各县（区）人民政府（管委会），市卫生健康局、市政务服务数据管理局牵头，
/// 市直其他单位按职能分工落实" gives the county governments, two lead units and the other municipal units.
/// </summary>
/// <remarks>
/// Clauses are separated by ，；。 and units inside a clause by 、 or white space, never inside brackets ("各县（市、区）政府").
/// 牵头 marks every unit of its clause as lead; "A牵头会同B" leads with A and joins B. Role phrases such as
/// 按职责分工落实, 分别负责, 协办, 参与 and "等相关单位" are dropped from the unit names.
/// </remarks>
public static partial class UnitListParser
{
    [GeneratedRegex(@"(分别)?牵头负责$|(分别)?牵头$|(分别)?负责$|按(照)?(职能|职责)分工(落实|强化监管)?$|协办$|参与$|落实$|配合$|协助$|参照(执行)?$")]
    private static partial Regex RoleSuffix();

    [GeneratedRegex(@"等((相关|有关|市直|区直|县直)?(单位|部门))?$")]
    private static partial Regex EtceteraSuffix();

    [GeneratedRegex(@"^(会同|配合|协同)")]
    private static partial Regex JoinPrefix();

    public static IReadOnlyList<ResponsibleUnit> Parse(string cell)
    {
        var units = new List<ResponsibleUnit>();
        foreach (var clause in SplitOutsideBrackets(Unwrap(cell), "，,；;。\n"))
        {
            // "A牵头会同B": A leads, B joins.
            var joinAt = clause.IndexOf("牵头会同", StringComparison.Ordinal);
            if (joinAt > 0)
            {
                AddClause(units, clause[..joinAt], lead: true);
                AddClause(units, clause[(joinAt + 4)..], lead: false);
                continue;
            }
            // 牵头单位：A 配合单位：B printed as fields: each field is a clause, its label says the role. Matched on
            // the folded text (same length), so 責任單位： in Traditional script is a label too.
            var label = Label().Match(Analysis.TextFolding.Fold(clause));
            var named = label.Success ? clause[label.Length..] : clause;
            AddClause(units, named, lead: named.Contains("牵头", StringComparison.Ordinal) || label.Value.Contains("牵头", StringComparison.Ordinal));
        }
        return units;
    }

    private static void AddClause(List<ResponsibleUnit> units, string clause, bool lead)
    {
        // A line break inside a units cell (区教育局<br>区卫健委) reaches here as a space between two names.
        foreach (var piece in SplitOutsideBrackets(clause, "、 \u3000"))
        {
            var name = Clean(piece);
            if (name.Length > 0 && !units.Any(u => u.Name == name))
                units.Add(new ResponsibleUnit(name, lead));
        }
    }

    private static string Clean(string piece)
    {
        var name = piece.Trim();
        for (var changed = true; changed;)
        {
            var before = name;
            name = JoinPrefix().Replace(name, "");
            name = RoleSuffix().Replace(name, "").Trim();
            name = EtceteraSuffix().Replace(name, "").Trim();
            changed = name != before;
        }
        return name;
    }

    // A township's or department's plan may print the role alone: （牵头：镇民政办；配合：各村）; a label in lenticular
    // brackets (【牵头单位】, folded to [牵头单位]) needs no colon.
    [GeneratedRegex(@"^\s*(?:" + Names + @"\s*[:：]|\[\s*" + Names + @"\s*\]\s*[:：]?)\s*")]
    private static partial Regex Label();

    private const string Names = @"(?:(?:责任|牵头|主责|落实|承办|配合|实施|完成)\s*(?:单位|部门|处室|科室)|牵头|配合|协办)";

    /// <summary>Whether a (folded) text opens with a units label: 责任单位：, 牵头部门：.</summary>
    internal static bool OpensWithLabel(string folded) => Label().IsMatch(folded);

    // Prose plans print units as a bracketed marker: （县发改局牵头负责）, （责任单位：市财政局）, or one the excerpt
    // cut off: （责任单位：市财政局、.
    private static string Unwrap(string cell)
    {
        var s = cell.Trim();
        if (s.Length >= 2 && s[0] is '（' or '(' && s[^1] is '）' or ')')
            s = s[1..^1];
        else if (s.Length >= 1 && s[0] is '（' or '(' && !s.Contains('）') && !s.Contains(')'))
            s = s[1..];
        return s;
    }

    private static IEnumerable<string> SplitOutsideBrackets(string text, string separators)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '(')
                depth++;
            else if (c is '）' or ')')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0 && separators.Contains(c))
            {
                if (i > start)
                    yield return text[start..i];
                start = i + 1;
            }
        }
        if (start < text.Length)
            yield return text[start..];
    }
}
