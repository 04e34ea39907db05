using System.Text.RegularExpressions;
using SearchPlans.Model;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// The documents a plan cites: 《titles》 (with a document number when one follows in brackets, as in
/// 《关于印发…的通知》（江府办函〔2022〕7号）), notices named without 《》 after the verb that carries them out, and bare
/// numbers such as 国办公开办函〔2019〕60号.
/// </summary>
internal static partial class CitationReader
{
    // Titles may nest 〈〉 inside 《》: 《国务院办公厅关于印发〈公共企事业单位信息公开规定制定办法〉的通知》.
    [GeneratedRegex(@"《(?<title>[^《》]{2,120})》(?:\s*[（(](?<number>[^（）()]{0,30}?[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,4}\s*号)[）)])?")]
    private static partial Regex TitledCitation();

    // A notice cited without 《》 after the verb that carries it out: 按照凉州区人民政府办公室关于印发凉州区2024年政务公开
    // 工作要点的通知要求.
    [GeneratedRegex(@"(?:按照|根据|依据|贯彻落实|落实)(?<title>\p{IsCJKUnifiedIdeographs}{2,30}?关于印发[^，。；、《》\s]{4,80}?的通知)")]
    private static partial Regex BareNotice();

    public static IReadOnlyList<CitedDocument> Read(string text, string? ownNumber, string? ownTitle)
    {
        var cites = new List<CitedDocument>();
        var numbered = new HashSet<string>();
        foreach (Match m in BareNotice().Matches(text))
            Add(cites, new CitedDocument(m.Groups["title"].Value, null));
        foreach (Match m in TitledCitation().Matches(text))
        {
            var title = Regex.Replace(m.Groups["title"].Value, @"\s+", " ").Trim();
            var number = m.Groups["number"].Success ? DocumentNumber.Canonical(m.Groups["number"].Value) : null;
            if (ownTitle is not null && Analysis.TextCompaction.WithoutWhiteSpace(title) == Analysis.TextCompaction.WithoutWhiteSpace(ownTitle))
                continue;
            if (number is not null)
                numbered.Add(number);
            Add(cites, new CitedDocument(title, number));
        }
        foreach (Match m in DocumentNumber.Pattern().Matches(text))
        {
            var number = DocumentNumber.Canonical(TrimLeadingWords(m.Value));
            if (number != ownNumber && numbered.Add(number))
                Add(cites, new CitedDocument(null, number));
        }
        return cites;
    }

    // The issuer code runs straight into the sentence before it: "要严格落实国办公开办函〔2019〕60号".
    private static string TrimLeadingWords(string number)
    {
        var cut = LeadingWords().Matches(number).LastOrDefault();
        return cut is null ? number : number[(cut.Index + cut.Length)..];
    }

    [GeneratedRegex(@"落实|执行|根据|按照|依据|贯彻|印发|参照|对照|的|和|及|与|、")]
    private static partial Regex LeadingWords();

    private static void Add(List<CitedDocument> cites, CitedDocument cite)
    {
        if (!cites.Contains(cite))
            cites.Add(cite);
    }
}
