using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu.Segmentation;

namespace SearchPlans.Analysis;

/// <summary>ICU's dictionary words, folded and lower-cased: the words alignment weighs and the word diff cuts text into.</summary>
/// <remarks>
/// Not SmartCn, which the index's word field uses: measured on the gold pairs, alignment's thresholds hold with ICU's
/// words and fall below their floors with SmartCn's (README, "SmartCn or ICU").
/// </remarks>
public sealed class IcuWordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Folding ran first, as a char filter (InitReader), so the dictionary sees Simplified, half-width text
        // (資訊 segments like 资讯; ICU rates full-width digits as punctuation) while offsets still point into the
        // original. ICUTokenizer cuts Han text with ICU's CJK dictionary, Latin and digit runs whole, and gives no
        // token for spaces or punctuation. Lower-casing comes after the tokenizer and not inside folding: it is for
        // matching only, while folded text is also shown (alignment, diffs) and keeps its case.
        var source = new ICUTokenizer(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(PlanAnalyzers.MatchVersion, source));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new SearchFoldingCharFilter(reader);
}
