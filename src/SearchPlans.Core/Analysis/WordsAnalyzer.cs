using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace SearchPlans.Analysis;

/// <summary>Dictionary words, folded and lower-cased: the precise field.</summary>
public sealed class WordsAnalyzer(IChineseTokenizerFactory tokenizers) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Folding ran first, as a char filter (InitReader), so the dictionary sees Simplified,
        // half-width text (資訊 segments like 资讯) while offsets still point into the original.
        // Lower-casing comes after the tokenizer and not inside folding: it is for matching only,
        // while folded text is also shown (alignment, highlighting) and keeps its case.
        var source = tokenizers.Create(reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(PlanAnalyzers.MatchVersion, source));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new SearchFoldingCharFilter(reader);
}
