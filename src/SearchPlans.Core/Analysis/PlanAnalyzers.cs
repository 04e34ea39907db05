using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchPlans.Analysis;

// TEMPORARY stand-in for the Analysis change; replaced at merge. Same signatures, minimal behaviour:
// Words splits Han text into single characters (StandardTokenizer) instead of segmenting words.

/// <summary>The analyzers the index and the search share.</summary>
public static class PlanAnalyzers
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer Bigrams { get; } = new CJKAnalyzer(Version);

    public static Analyzer Exact { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new FoldingFilter(tokenizer));
    });

    private sealed class FoldingFilter : TokenFilter
    {
        private readonly ICharTermAttribute term;

        public FoldingFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
                return false;
            var folded = TextFolding.Fold(term.ToString());
            term.SetEmpty().Append(folded);
            return true;
        }
    }
}
