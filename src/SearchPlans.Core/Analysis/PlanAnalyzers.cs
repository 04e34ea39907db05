using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace SearchPlans.Analysis;

/// <summary>The analyzers plan text is indexed and searched with, declared once.</summary>
/// <remarks>Lucene analyzers keep per-thread state, so one shared instance of each is safe.</remarks>
public static class PlanAnalyzers
{
    public const LuceneVersion MatchVersion = LuceneVersion.LUCENE_48;

    /// <summary>The index's word field: folded SmartCn words with the domain's terms whole (落实|三同步|工作|机制).</summary>
    public static Analyzer Words { get; } = new WordsAnalyzer(DomainTerms.Default);

    /// <summary>Alignment's and the word diff's words: folded ICU dictionary words (依托|政府|信息|公开|平台).</summary>
    public static Analyzer IcuWords { get; } = new IcuWordsAnalyzer();

    /// <summary>Folded ideograph pairs (依托|托政|政府|府信|...).</summary>
    public static Analyzer Bigrams { get; } = new BigramsAnalyzer();

    /// <summary>The folded, lower-cased value as a single token.</summary>
    public static Analyzer Exact { get; } = new ExactAnalyzer();
}
