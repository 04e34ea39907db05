using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;

namespace SearchPlans.Analysis;

/// <summary>SmartCn's words, with the domain's terms whole, folded and lower-cased: the precise field.</summary>
public sealed class WordsAnalyzer(DomainTerms domainTerms) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Folding ran first, as a char filter (InitReader), so SmartCn's dictionary sees Simplified, half-width text
        // (資訊 segments like 资讯) while offsets still point into the original.
        // HMMChineseTokenizer cuts each sentence into its likeliest words; it also emits every punctuation mark as a
        // token, which SmartCn's own stop set (punctuation only) takes out before domain terms are joined, so a term
        // is never joined across a comma. Joining comes before lower-casing only because SmartCn already lower-cases
        // Latin letters; the lower-case filter is for what its tables miss (Greek, Cyrillic, accented letters),
        // and it stays out of folding because folded text is also shown (alignment, highlighting) and keeps its case.
        var source = new HMMChineseTokenizer(reader);
        TokenStream result = new StopFilter(PlanAnalyzers.MatchVersion, source, SmartChineseAnalyzer.DefaultStopSet);
        result = new DomainTermFilter(result, domainTerms);
        result = new LowerCaseFilter(PlanAnalyzers.MatchVersion, result);
        return new TokenStreamComponents(source, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new SearchFoldingCharFilter(reader);
}
