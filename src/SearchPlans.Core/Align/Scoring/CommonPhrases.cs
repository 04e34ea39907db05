namespace SearchPlans.Align.Scoring;

/// <summary>The longest runs of text two requirements share verbatim, for showing why they were linked.</summary>
public static class CommonPhrases
{
    public static IReadOnlyList<string> Find(string a, string b, int minLength = 4, int max = 3)
    {
        var phrases = new List<string>();
        var used = new bool[a.Length];
        for (var round = 0; round < max; round++)
        {
            var (start, length) = Longest(a, b, used);
            if (length < minLength)
                break;
            phrases.Add(a.Substring(start, length));
            for (var i = start; i < start + length; i++)
                used[i] = true;
        }
        return phrases;
    }

    // Longest common substring that does not reuse characters of A already reported.
    private static (int Start, int Length) Longest(string a, string b, bool[] used)
    {
        var best = (Start: 0, Length: 0);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = !used[i - 1] && a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best.Length)
                    best = (i - current[j], current[j]);
            }
            (previous, current) = (current, previous);
            Array.Clear(current);
        }
        return best;
    }
}
