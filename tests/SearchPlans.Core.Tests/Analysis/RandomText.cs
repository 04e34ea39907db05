using System.Text;

namespace SearchPlans.Core.Tests.Analysis;

/// <summary>Reproducible noise: CJK (simplified, traditional, full-width), ASCII, punctuation, surrogates.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        "政", "府", "信", "息", "公", "开", "三", "同", "步", "資", "訊", "開", "廳", "⼯", "互联网", "依申请",
        "a", "Z", "IPv6", "v2.0", "1", "2022", "3.5", "１", "Ａ", "ｂ", "_", "-", "%",
        "，", "。", "、", "（", "）", "“", "”", "〔", "〕", "《", "》", " ", "\u3000", "\t", "\n",
        "𠀋", "😀", "👨‍👩‍👧", "\uD800", "\uDC00", "e\u0301", "\u0301", "ひら", "カナ", "한국", "ไทย",
    ];

    public static IEnumerable<string> Strings(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(0, 40);
            for (var j = 0; j < pieces; j++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return text.ToString();
        }
    }
}
