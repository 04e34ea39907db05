using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// The labelled fields portals and document libraries print above a plan: 发布机构: …, 索 引 号: …, • 发文字号:…,
/// •【制定机关】…; several may share a line. Only the fields that name the plan are read.
/// </summary>
internal static partial class PageMetadata
{
    [GeneratedRegex(@"(?<label>发\s*布\s*机\s*构|发\s*文\s*机\s*[关构]|制\s*定\s*机\s*关|发\s*布\s*单\s*位|来\s*源|名\s*称|标\s*题|发\s*文\s*字\s*号|文\s*号|字\s*号|发\s*文\s*日\s*期|成\s*文\s*日\s*期|公\s*布\s*日\s*期|索\s*引\s*号|主\s*题\s*分\s*类|分\s*类|发\s*布\s*日\s*期|发\s*布\s*时\s*间|更\s*新\s*时\s*间|公\s*开\s*属\s*性|有\s*效\s*性|组\s*配\s*分\s*类|时\s*效\s*性|效\s*力\s*等\s*级|施\s*行\s*日\s*期|生\s*成\s*日\s*期|主\s*题\s*词|信\s*息\s*来\s*源|所\s*属\s*机\s*构|公\s*文\s*种\s*类|浏\s*览\s*次\s*数|点\s*击(?:\s*次\s*数)?|时\s*间)\s*(?:[:：]|】)")]
    private static partial Regex Label();

    /// <summary>The fields of a line, by label without spaces; a value runs to the next label or the end of its cell.</summary>
    public static Dictionary<string, string> Read(string foldedLine)
    {
        var fields = new Dictionary<string, string>();
        var labels = Label().Matches(foldedLine);
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : foldedLine.Length;
            var value = foldedLine[(labels[i].Index + labels[i].Length)..end].Trim();
            // A page's field table puts each value in a cell of its own: the value ends at the cell.
            if (value.IndexOf('\t') is var tab and > 0)
                value = value[..tab];
            value = value.TrimEnd('•', '·', '【').Trim();
            fields.TryAdd(Regex.Replace(labels[i].Groups["label"].Value, @"\s", ""), value);
        }
        return fields;
    }

    /// <summary>Whether a line is made of labelled fields (and so is metadata, not text).</summary>
    public static bool IsFieldLine(string foldedLine) =>
        Label().Match(foldedLine) is { Success: true } m && foldedLine[..m.Index].Trim().Trim('•', '·', '【').Length == 0;
}
