using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Analysis;

/// <summary>
/// Widens each token's offsets to the words it lies in, so whatever marks a token marks whole words: 同步 inside the
/// word 三同步 is given the offsets of 三同步. Terms and positions are left alone, so a query still matches the token
/// as the index has it.
/// </summary>
/// <remarks>
/// A pair of ideographs that crosses from one word into the next (府信 across 政府|信息) takes the first word only: a
/// highlighter merges overlapping tokens into one mark, and pairs widened to both words would chain every word of a
/// run of text into one. A token outside every word (a symbol the word analyzer drops) keeps its own offsets.
/// </remarks>
public sealed class WholeWordOffsetsFilter : TokenFilter
{
    private readonly IReadOnlyList<WordToken> words;
    private readonly IOffsetAttribute offsetAtt;
    private readonly ITypeAttribute typeAtt;

    /// <param name="words">The words of the text, in order and disjoint (<see cref="WordSegmenter.Segment"/>).</param>
    public WholeWordOffsetsFilter(TokenStream input, IReadOnlyList<WordToken> words)
        : base(input)
    {
        this.words = words;
        offsetAtt = AddAttribute<IOffsetAttribute>();
        typeAtt = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var start = offsetAtt.StartOffset;
        var end = offsetAtt.EndOffset;
        if (end <= start || WordAt(start) is not { } first)
            return true;
        if (typeAtt.Type == CJKBigramFilter.DOUBLE_TYPE)
            offsetAtt.SetOffset(first.Start, first.End);
        else
            offsetAtt.SetOffset(first.Start, Math.Max(end, (WordAt(end - 1) ?? first).End));
        return true;
    }

    private WordToken? WordAt(int offset)
    {
        var (low, high) = (0, words.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var word = words[middle];
            if (offset < word.Start)
                high = middle - 1;
            else if (offset >= word.End)
                low = middle + 1;
            else
                return word.IsWord ? word : null;
        }
        return null;
    }
}
