using SearchPlans.Align.Features;

namespace SearchPlans.Align.Scoring;

/// <summary>
/// Where in a requirement the text it shares with another one sits: 0 at its opening, 1 at its end. Read as the
/// centre of the shared bigrams, each weighted by rarity, so that a shared 工作 or 加强 cannot pull it around.
/// </summary>
public static class SharedTextPlacement
{
    public static double In(RequirementProfile text, RequirementProfile other, RarityWeights statistics)
    {
        var chars = text.Chars;
        double weight = 0, moment = 0;
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            var bigram = chars.Substring(i, 2);
            if (!other.Bigrams.Contains(bigram))
                continue;
            var w = statistics.BigramWeight(bigram);
            weight += w;
            moment += w * i;
        }
        return weight == 0 || chars.Length < 3 ? 0.5 : moment / weight / (chars.Length - 2);
    }
}
