using Lucene.Net.Analysis;

namespace SearchPlans.Analysis;

/// <summary>Segments with ICU's dictionary word break iterator (see <see cref="ChineseWordTokenizer"/>).</summary>
public sealed class IcuChineseTokenizerFactory : IChineseTokenizerFactory
{
    public static IcuChineseTokenizerFactory Instance { get; } = new();

    public Tokenizer Create(TextReader reader) => new ChineseWordTokenizer(reader);
}
