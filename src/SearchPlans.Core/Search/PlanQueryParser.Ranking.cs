using Lucene.Net.Search;
using SearchPlans.Index;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

// The second pass's reading of a term: what ranks the best matches among themselves.
internal sealed partial class PlanQueryParser
{
    // In the best matches: whole words of the text, the term written whole, and its words near one another; and what
    // holds every word typed above what holds only a variant, or only some of the words.
    private Query? RankOf(TermReading reading)
    {
        if (reading.Words.Count == 0)
            return null;
        // A variant's match keeps its first-pass score: what was typed ranks above it whatever it gains here, and its
        // own features would cost the second pass a query per wording.
        var features = RankingFeatures.Of(reading.Slots, reading.Text, literal: true);
        // What the requirement is about, above what it names among a list's items.
        if (RankingWeights.Focus > 0 && RankingFeatures.OutsideLists(reading.Text) is { } focal)
            features.Add(new ConstantScoreQuery(focal) { Boost = RankingWeights.Focus }, Occur.SHOULD);
        // A reversed compound finds nothing new; its phrase (开放数据 for 数据开放) ranks, below the phrase as typed.
        foreach (var reversed in reading.Alternatives.Where(a => a.RankingOnly))
            if (reversed.Phrase is { } phrase && BigramForm(IndexFields.TextBigrams, phrase, thin: true) is { } written)
                features.Add(Boosted(written, RankingWeights.Phrase * reversed.Weight), Occur.SHOULD);
        if (reading.Alternatives.Count == 0 && context.Relaxation == 0)
            return features;
        var typed = new ConstantScoreQuery(Conjunction(reading.Slots, null, relaxation: 0)) { Boost = RankingWeights.Literal };
        var tiers = new BooleanQuery(disableCoord: true) { { features, Occur.SHOULD }, { typed, Occur.SHOULD } };
        // A topic's match scored the same for every wording in the first pass: here, what lacks the typed words ranks by
        // how its wording stands in its text, as a variant's phrase does.
        foreach (var topical in reading.Alternatives.Where(a => a.Topic is not null))
            tiers.Add(new ScoredUnlessQuery(Boosted(VariantConjunction(topical, topicAsTerm: false), topical.Weight),
                Conjunction(reading.Slots, null, relaxation: 0)), Occur.SHOULD);
        // Relaxed, a variant holding all its words still ranks above what lacks one.
        var whole = reading.Alternatives.Where(a => !a.RankingOnly).Select(a => (Query)Conjunction(a.Slots, null, relaxation: 0)).ToList();
        if (context.Relaxation > 0 && whole.Count > 0)
            tiers.Add(new ConstantScoreQuery(Any(whole)) { Boost = RankingWeights.Literal / 2 }, Occur.SHOULD);
        return tiers;
    }
}
