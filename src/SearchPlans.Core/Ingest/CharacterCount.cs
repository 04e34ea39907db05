namespace SearchPlans.Ingest;

/// <summary>Counting the non-white-space characters of texts, for the no-text-lost checks.</summary>
public static class CharacterCount
{
    public static int NonWhiteSpace(string? text) => text is null ? 0 : text.Count(c => !char.IsWhiteSpace(c));

    public static bool SameNonWhiteSpace(string a, string b) => Histogram(a).OrderBy(p => p.Key)
        .SequenceEqual(Histogram(b).OrderBy(p => p.Key));

    public static Dictionary<char, int> Histogram(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text)
            if (!char.IsWhiteSpace(c))
                counts[c] = counts.GetValueOrDefault(c) + 1;
        return counts;
    }
}
