using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPlans.Align.Scoring;

namespace SearchPlans.Tests.Align.Scoring;

/// <summary>
/// The fast LCS and phrase finders against the plain dynamic-programming tables they replace, on texts long enough
/// to span several 64-bit words and made of few characters, so that matches are many.
/// </summary>
public sealed class TextPairProperties
{
    private static readonly char[] Alphabet = "政务公开工作要点落实".ToCharArray();

    public static Arbitrary<(string, string)> TextPairs()
    {
        var text = Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(cs => new string(cs));
        return text.SelectMany(a => text.Select(b => (a, b))).ToArbitrary();
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TextPairProperties)])]
    public bool LcsLength_EqualsTheFullTable((string A, string B) pair) =>
        LongestCommonSubsequence.Length(pair.A, pair.B) == TableLcs(pair.A, pair.B);

    [Property(MaxTest = 300, Arbitrary = [typeof(TextPairProperties)])]
    public bool CommonPhrases_EqualTheRoundByRoundTable((string A, string B) pair) =>
        CommonPhrases.Find(pair.A, pair.B).SequenceEqual(TablePhrases(pair.A, pair.B));

    private static int TableLcs(string a, string b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
        return t[a.Length, b.Length];
    }

    // One full longest-common-substring table per phrase, skipping characters of A already reported.
    private static List<string> TablePhrases(string a, string b, int minLength = 4, int max = 3)
    {
        var phrases = new List<string>();
        var used = new bool[a.Length];
        for (var round = 0; round < max; round++)
        {
            var (start, length) = (0, 0);
            var t = new int[a.Length + 1, b.Length + 1];
            for (var i = 1; i <= a.Length; i++)
                for (var j = 1; j <= b.Length; j++)
                {
                    t[i, j] = !used[i - 1] && a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : 0;
                    if (t[i, j] > length)
                        (start, length) = (i - t[i, j], t[i, j]);
                }
            if (length < minLength)
                break;
            phrases.Add(a.Substring(start, length));
            for (var i = start; i < start + length; i++)
                used[i] = true;
        }
        return phrases;
    }
}
