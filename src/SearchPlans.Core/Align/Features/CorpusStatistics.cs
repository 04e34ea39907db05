namespace SearchPlans.Align.Features;

/// <summary>
/// Document frequencies over all requirements, so that evidence is weighted by rarity: 政务公开, 加强 and 工作
/// occur everywhere and weigh little; 三同步 or 涉农补贴 occur in a few requirements and weigh much.
/// </summary>
public sealed class CorpusStatistics
{
    private readonly Dictionary<string, int> _bigramFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordFrequency = new(StringComparer.Ordinal);

    public CorpusStatistics(IReadOnlyList<RequirementProfile> profiles)
    {
        Count = profiles.Count;
        foreach (var p in profiles)
        {
            foreach (var g in p.Bigrams)
                _bigramFrequency[g] = _bigramFrequency.GetValueOrDefault(g) + 1;
            foreach (var w in p.Words.Keys)
                _wordFrequency[w] = _wordFrequency.GetValueOrDefault(w) + 1;
        }
    }

    public int Count { get; }

    public int BigramFrequency(string bigram) => _bigramFrequency.GetValueOrDefault(bigram);

    public double BigramWeight(string bigram) => Idf(_bigramFrequency.GetValueOrDefault(bigram));

    public double WordWeight(string word) => Idf(_wordFrequency.GetValueOrDefault(word));

    // Smoothed IDF, floored at a small positive value so very common grams still count a little.
    private double Idf(int frequency) => Math.Max(0.05, Math.Log((Count + 1.0) / (frequency + 1.0)));
}
