namespace SearchPlans.Align.Scoring;

/// <summary>The longest runs of text two requirements share verbatim, for showing why they were linked.</summary>
public static class CommonPhrases
{
    /// <summary>
    /// Up to <paramref name="max"/> phrases of A found in B, longest first, none reusing characters of A an earlier
    /// one took; among equally long phrases, the one starting first in A.
    /// </summary>
    public static IReadOnlyList<string> Find(string a, string b, int minLength = 4, int max = 3)
    {
        var longestEndingAt = LongestEndingAt(a, b);
        var phrases = new List<string>();
        var used = new bool[a.Length];
        for (var round = 0; round < max; round++)
        {
            var (start, length) = Longest(longestEndingAt, used);
            if (length < minLength)
                break;
            phrases.Add(a.Substring(start, length));
            for (var i = start; i < start + length; i++)
                used[i] = true;
        }
        return phrases;
    }

    // For each end position in A, the longest substring of A ending there that also occurs in B (one table pass).
    private static int[] LongestEndingAt(string a, string b)
    {
        var longest = new int[a.Length];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var best = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }
            longest[i - 1] = best;
            (previous, current) = (current, previous);
        }
        return longest;
    }

    // Every tail of a shared run is shared too, so the best run ending at i that avoids used characters is the
    // shared run cut back to the last used character: no need to compare with B again.
    private static (int Start, int Length) Longest(int[] longestEndingAt, bool[] used)
    {
        var best = (Start: 0, Length: 0);
        var free = 0;
        for (var i = 0; i < longestEndingAt.Length; i++)
        {
            free = used[i] ? 0 : free + 1;
            var length = Math.Min(longestEndingAt[i], free);
            if (length > best.Length)
                best = (i + 1 - length, length);
        }
        return best;
    }
}
