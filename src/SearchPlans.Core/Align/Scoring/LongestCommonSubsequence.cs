using System.Numerics;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Length of the longest common subsequence of two strings, 64 columns at a time: the bit-vector method of Allison
/// and Dix (as refined by Hyyrö). The shorter string becomes a bit row, one bit per character, and each character of
/// the longer one updates the whole row with an add and a few masks.
/// </summary>
/// <remarks>
/// Written here because no maintained .NET package offers LCS length; every candidate pair runs it, and the
/// row-by-row table (kept in the tests as the reference) costs one step per pair of characters.
/// </remarks>
public static class LongestCommonSubsequence
{
    public static int Length(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (b.Length > a.Length)
            (a, b) = (b, a);
        var words = (b.Length + 63) / 64;
        var matches = MatchMasks(b, words);
        // A set bit marks a column of b where the common subsequence has not grown yet; each cleared bit is one more character.
        var row = new ulong[words];
        Array.Fill(row, ulong.MaxValue);
        foreach (var c in a)
        {
            if (!matches.TryGetValue(c, out var match))
                continue;
            ulong carry = 0;
            for (var w = 0; w < words; w++)
            {
                var v = row[w];
                var u = v & match[w];
                var sum = v + u;
                var carryOut = sum < v ? 1UL : 0UL;
                var withCarry = sum + carry;
                carryOut |= withCarry < sum ? 1UL : 0UL;
                row[w] = withCarry | (v & ~u);
                carry = carryOut;
            }
        }
        var cleared = 0;
        for (var w = 0; w < words; w++)
        {
            var bits = Math.Min(64, b.Length - 64 * w);
            var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            cleared += bits - BitOperations.PopCount(row[w] & mask);
        }
        return cleared;
    }

    private static Dictionary<char, ulong[]> MatchMasks(string b, int words)
    {
        var masks = new Dictionary<char, ulong[]>();
        for (var j = 0; j < b.Length; j++)
        {
            if (!masks.TryGetValue(b[j], out var mask))
                masks[b[j]] = mask = new ulong[words];
            mask[j / 64] |= 1UL << (j % 64);
        }
        return masks;
    }
}
