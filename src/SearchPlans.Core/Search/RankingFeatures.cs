using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchPlans.Index;
using SearchPlans.Search.Reading;

namespace SearchPlans.Search;

/// <summary>The features the second pass ranks the best matches by, for one term as typed.</summary>
internal static class RankingFeatures
{
    // Whole words of the text, the words in the section heading, the phrase as written; for what was typed, also the
    // words near one another and in the opening clause (spans, which cost the most: variants do without).
    public static BooleanQuery Of(IReadOnlyList<IReadOnlyList<string>> slots, string? phrase, bool literal)
    {
        var features = new BooleanQuery(disableCoord: true);
        foreach (var slot in slots)
        {
            var whole = PlanQueryParser.Any(slot.Select(w => (Query)new TermQuery(new Term(IndexFields.Text, w))));
            if (RankingWeights.WholeWord > 0)
                features.Add(PlanQueryParser.Boosted(whole, RankingWeights.WholeWord), Occur.SHOULD);
            if (literal && RankingWeights.Section > 0 && PlanQueryParser.Any(slot.Select(w => PlanQueryParser.BigramForm(IndexFields.SectionBigrams, w, thin: true)).OfType<Query>()) is { } heading and not BooleanQuery { Clauses.Count: 0 })
                features.Add(PlanQueryParser.Boosted(heading, RankingWeights.Section), Occur.SHOULD);
        }
        if (slots.Count > 1 && phrase is not null && RankingWeights.Phrase > 0 && PlanQueryParser.BigramForm(IndexFields.TextBigrams, phrase, thin: true) is { } written)
            features.Add(PlanQueryParser.Boosted(written, RankingWeights.Phrase), Occur.SHOULD);
        if (!literal)
            return features;
        var near = slots.Count > 1 ? Near(slots) : slots.Count == 1 ? SlotSpan(slots[0]) : null;
        if (slots.Count > 1 && near is not null && RankingWeights.Near > 0)
            features.Add(PlanQueryParser.Boosted(near, RankingWeights.Near), Occur.SHOULD);
        // A requirement says first what it is about: the words in its opening clause weigh more than in a list further on.
        if (near is not null && RankingWeights.Lead > 0)
            features.Add(PlanQueryParser.Boosted(new SpanFirstQuery((SpanQuery)near.Clone(), RankingWeights.LeadPositions), RankingWeights.Lead), Occur.SHOULD);
        return features;
    }

    /// <summary>
    /// The term written as typed in the text outside its lists (<see cref="Enumerations"/>): in a text that lists
    /// nothing, anywhere in it. Null when the term is a lone character, which only the word field holds.
    /// </summary>
    public static Query? OutsideLists(string written)
    {
        if (PlanQueryParser.BigramForm(IndexFields.TextBigrams, written, thin: true) is not { } inText
            || PlanQueryParser.BigramForm(IndexFields.FocusBigrams, written, thin: true) is not { } inFocus)
            return null;
        var listless = new BooleanQuery(disableCoord: true)
        {
            { inText, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Lists, RequirementDocument.ListsMark)), Occur.MUST_NOT },
        };
        return new BooleanQuery(disableCoord: true) { { listless, Occur.SHOULD }, { inFocus, Occur.SHOULD } };
    }

    // The words in order, a few characters apart at most (each slot any of its options).
    private static SpanQuery? Near(IReadOnlyList<IReadOnlyList<string>> slots)
    {
        var spans = new List<SpanQuery>();
        foreach (var slot in slots)
        {
            if (SlotSpan(slot) is not { } span)
                return null;
            spans.Add(span);
        }
        return new SpanNearQuery([.. spans], RankingWeights.NearSlop, true);
    }

    private static SpanQuery? SlotSpan(IReadOnlyList<string> slot)
    {
        var options = slot.Select(SpanOf).Where(s => s is not null).Cast<SpanQuery>().ToArray();
        return options.Length switch
        {
            0 => null,
            1 => options[0],
            _ => new SpanOrQuery(options),
        };
    }

    private static SpanQuery? SpanOf(string word)
    {
        var terms = PlanQueryParser.AnalyzedTerms(IndexFields.TextBigrams, word);
        if (terms.Count == 0)
            return null;
        if (terms.Count == 1)
            return new SpanTermQuery(new Term(IndexFields.TextBigrams, terms[0].Text));
        return new SpanNearQuery([.. terms.Select(t => (SpanQuery)new SpanTermQuery(new Term(IndexFields.TextBigrams, t.Text)))], terms.Count, true);
    }
}
