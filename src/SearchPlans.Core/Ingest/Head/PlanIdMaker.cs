using System.Text;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Readable plan ids from content: the jurisdiction in pinyin without its level suffix, and the year
/// (河源市 2022 → heyuan-2022). An agency adds the initials of its name after the place
/// (江门市政府投资工程建设管理中心 → jiangmen-zftzgcjsglzx-2022).
/// </summary>
internal static class PlanIdMaker
{
    private static readonly string[] Suffixes = ["自治区", "自治州", "省", "市", "区", "县", "州", "盟", "旗"];

    public static string Make(Model.Jurisdiction jurisdiction, int? year)
    {
        // Folded first, so a Traditional-script name (永嘉縣) loses its suffix and gets the same id as its Simplified one.
        var name = Analysis.TextFolding.Fold(jurisdiction.Name);
        string slug;
        if (jurisdiction.Level == Model.AdminLevel.Agency)
        {
            var placeEnd = name.IndexOfAny(['市', '县', '区', '省']);
            var place = placeEnd > 0 ? name[..placeEnd] : "";
            var rest = placeEnd > 0 ? name[(placeEnd + 1)..] : name;
            slug = Join(Syllables(place).Length > 0 ? string.Concat(Syllables(place)) : "", string.Concat(Syllables(rest).Select(s => s[..1])));
        }
        else
        {
            var suffix = Suffixes.FirstOrDefault(s => name.Length > s.Length + 1 && name.EndsWith(s, StringComparison.Ordinal));
            slug = string.Concat(Syllables(suffix is null ? name : name[..^suffix.Length]));
        }
        if (slug.Length == 0)
            slug = "plan";
        return year is null ? slug : $"{slug}-{year}";
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}-{b}";

    private static string[] Syllables(string han)
    {
        if (han.Length == 0)
            return [];
        var latin = Pinyin.ToLatin(han);
        var ascii = new StringBuilder();
        foreach (var c in latin)
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        return ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
