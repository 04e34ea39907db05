using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace SearchPlans.Analysis;

/// <summary>Overlapping pairs of ideographs: the recall field, for terms the dictionary splits differently.</summary>
public sealed class BigramsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Folding ran first, as a char filter, so Traditional text pairs up like Simplified text.
        // StandardTokenizer emits each ideograph alone; the width filter runs before bigramming
        // because it can merge half-width kana with their voicing marks (as in CJKAnalyzer);
        // lower-case; then neighbouring ideographs are paired (三同步 → 三同, 同步), while a lone
        // ideograph between punctuation stays a unigram; runs are kept apart by a gap in positions.
        var source = new StandardTokenizer(PlanAnalyzers.MatchVersion, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(PlanAnalyzers.MatchVersion, result);
        result = new CJKBigramFilter(result);
        result = new RunGapFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new SearchFoldingCharFilter(reader);
}
