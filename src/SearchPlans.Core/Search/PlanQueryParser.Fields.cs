using SearchPlans.Index;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

// The fields a plain term's words are looked for in, with their weights, and which of them a given word is worth
// looking for in.
internal sealed partial class PlanQueryParser
{
    // A common word in the text and the place only; in the place, only a word that says where.
    private bool Searched(string field, string word, bool distinctive) => field switch
    {
        IndexFields.TextBigrams => true,
        IndexFields.PlaceBigrams => context.NamesAPlace(word),
        _ => distinctive,
    };

    /// <summary>The fields a plain term's words are searched in.</summary>
    public static IEnumerable<string> WordFieldNames => WordFields.Select(f => f.Field);

    private static readonly (string Field, float Weight)[] WordFields =
    [
        (IndexFields.TextBigrams, 1f),
        (IndexFields.SectionBigrams, RankingWeights.Section),
        (IndexFields.CriteriaBigrams, RankingWeights.Criteria),
        (IndexFields.UnitsText, RankingWeights.Units),
        (IndexFields.PlaceBigrams, RankingWeights.Place),
    ];
}
