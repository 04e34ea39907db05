using Lucene.Net.Analysis;

namespace SearchPlans.Analysis;

/// <summary>Makes the tokenizer that splits Chinese text into words for the Words analyzer.</summary>
/// <remarks>
/// This is the one seam for word segmentation. ICU's dictionary sits behind it today
/// (<see cref="IcuChineseTokenizerFactory"/>); once Lucene.Net.Analysis.SmartCn can be referenced,
/// a factory returning its HMMChineseTokenizer can replace it without touching analyzers or callers.
/// </remarks>
public interface IChineseTokenizerFactory
{
    Tokenizer Create(TextReader reader);
}
