namespace SearchPlans.Align.Scoring;

/// <summary>Length of the longest common subsequence of two strings, in linear memory.</summary>
public static class LongestCommonSubsequence
{
    public static int Length(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (b.Length > a.Length)
            (a, b) = (b, a);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
