using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Outline;

/// <summary>A numbering label found in the text: its style, its value, where it is and how it is printed.</summary>
internal sealed record NumberingMarker(NumberingStyle Style, int Value, int Index, int Length, string Numeral)
{
    public int End => Index + Length;
}

/// <summary>Finds the candidate numbering labels of a text; which of them really number parts is the outline's decision.</summary>
internal static partial class NumberingMarkers
{
    // A label opens the text or follows the end of a sentence, white space, a colon or a closing bracket, so the
    // digits of "2022年" or "第1项", the 第十条 of a cited regulation and the 一、 of "统一、规范" are never labels; "6.2026年底前…" is label 6. Sloppy
    // prints count too: 一. for 一、, and 1) for （1）.
    [GeneratedRegex(@"(?<=^|[\s。；;！？!?：:）)】」”.．])(?:第(?<pt>[一二三四五六七八九十]{1,3})(?:部分|章)(?=[\s:：、]|$)|第(?<ar>[一二三四五六七八九十]{1,3})条(?=\s|$)|(?<cc>[一二三四五六七八九十]{1,3})\s*(?:、|[.．](?!\d))|[（(]\s*(?<cb>[一二三四五六七八九十]{1,3})\s*[）)]|(?<dd>\d{1,2})\s*[.．、﹒](?:(?!\d)|(?=\d{4}\s*年))|[（(]\s*(?<db>\d{1,2})\s*[）)]|(?<dr>\d{1,2})[）)]|(?<ci>[①-⑳]))")]
    private static partial Regex Candidate();

    public static IEnumerable<NumberingMarker> In(string text)
    {
        foreach (Match m in Candidate().Matches(text))
        {
            var (style, numeral) = m switch
            {
                _ when m.Groups["pt"].Success => (NumberingStyle.Part, m.Groups["pt"].Value),
                _ when m.Groups["ar"].Success => (NumberingStyle.Article, m.Groups["ar"].Value),
                _ when m.Groups["cc"].Success => (NumberingStyle.ChineseComma, m.Groups["cc"].Value),
                _ when m.Groups["cb"].Success => (NumberingStyle.ChineseBracket, m.Groups["cb"].Value),
                _ when m.Groups["dd"].Success => (NumberingStyle.DigitDot, m.Groups["dd"].Value),
                _ when m.Groups["db"].Success => (NumberingStyle.DigitBracket, m.Groups["db"].Value),
                _ when m.Groups["dr"].Success => (NumberingStyle.DigitBracket, m.Groups["dr"].Value),
                _ => (NumberingStyle.Circled, m.Groups["ci"].Value),
            };
            if (ValueOf(style, numeral) is { } value)
                yield return new NumberingMarker(style, value, m.Index, m.Length, numeral);
        }
    }

    /// <summary>The marker at the very start of a text (after white space), or null.</summary>
    public static NumberingMarker? AtStart(string text) =>
        In(text).FirstOrDefault() is { } m && text[..m.Index].Trim().Length == 0 ? m : null;

    private static int? ValueOf(NumberingStyle style, string numeral) => style switch
    {
        NumberingStyle.Part or NumberingStyle.Article or NumberingStyle.ChineseComma or NumberingStyle.ChineseBracket => ChineseNumber(numeral),
        NumberingStyle.Circled => numeral[0] - '①' + 1,
        _ => DigitText.Parse(numeral) is var n and > 0 ? n : null,
    };

    /// <summary>一 … 九十九; null for spellings that are not numbers (十十).</summary>
    public static int? ChineseNumber(string numeral)
    {
        const string digits = "一二三四五六七八九";
        int Digit(char c) => digits.IndexOf(c) + 1;
        return numeral switch
        {
            [var a] when a == '十' => 10,
            [var a] => Digit(a),
            [var a, var b] when a == '十' && b != '十' => 10 + Digit(b),
            [var a, var b] when b == '十' && a != '十' => Digit(a) * 10,
            [var a, var b, var c] when b == '十' && a != '十' && c != '十' => Digit(a) * 10 + Digit(c),
            _ => null,
        };
    }
}
