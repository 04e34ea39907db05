using System.Text;
using System.Text.RegularExpressions;

namespace SearchPlans.Ingest.Cleaning;

/// <summary>What cleaning took out of a file's text, for the no-text-lost account.</summary>
internal readonly record struct CleanedText(string Text, string Removed);

/// <summary>
/// Undoes what mirror sites and PDF extraction add to a plan: pinyin after characters (開(kāi)展), and spaces
/// inside words (全 面贯彻). Spaces are only removed from a file that has many of them, since a single space between
/// two words (工作要点 分工方案) can be the author's.
/// </summary>
internal static partial class MirrorCleaner
{
    /// <summary>Spaces inside words in fewer places than this, or rarer than one in this many characters, are the author's.</summary>
    private const int ExtractedSpacing = 8;

    private const int CharactersPerExtractedSpace = 100;

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[(（](?<syllable>[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})[)）]")]
    private static partial Regex PinyinAnnotation();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}，、。；：“”《》（）])[ \u00A0\u3000]+(?=[\p{IsCJKUnifiedIdeographs}，、。；：“”《》（）])")]
    private static partial Regex SpaceInsideWords();

    private const string ToneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";

    public static CleanedText Clean(string text)
    {
        var removed = new StringBuilder();
        var cleaned = PinyinAnnotation().Replace(text, m =>
        {
            // Only a syllable with a tone mark is pinyin; (a) or (PDF) after a character is the author's.
            if (m.Groups["syllable"].Value.IndexOfAny(ToneMarks.ToCharArray()) < 0)
                return m.Value;
            removed.Append(m.Value);
            return "";
        });
        var spaces = SpaceInsideWords().Count(cleaned);
        if (spaces >= ExtractedSpacing && spaces * CharactersPerExtractedSpace >= cleaned.Length)
            cleaned = SpaceInsideWords().Replace(cleaned, "");
        return new CleanedText(cleaned, removed.ToString());
    }
}
