using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Index;

/// <summary>
/// The tokens one field value was analysed into, played back to the index writer: analysis can then run on any
/// thread while the writer adds documents in the corpus's order on its own.
/// </summary>
/// <remarks>
/// Only what the index reads is kept (term, offsets, position increment): the text fields index positions but not
/// offsets, payloads or types.
/// </remarks>
internal sealed class AnalysedTokens : TokenStream
{
    private readonly List<(string Term, int Start, int End, int Increment)> tokens;
    private readonly int finalOffset;
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute incrementAtt;
    private int next;

    private AnalysedTokens(List<(string, int, int, int)> tokens, int finalOffset)
    {
        this.tokens = tokens;
        this.finalOffset = finalOffset;
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        incrementAtt = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Analyses <paramref name="text"/> as the index analyses <paramref name="field"/>, on the calling thread.</summary>
    public static AnalysedTokens Analyse(string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = IndexAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return new AnalysedTokens(tokens, offset.EndOffset);
    }

    public override bool IncrementToken()
    {
        if (next == tokens.Count)
            return false;
        ClearAttributes();
        var (term, start, end, increment) = tokens[next++];
        termAtt.SetEmpty().Append(term);
        offsetAtt.SetOffset(start, end);
        incrementAtt.PositionIncrement = increment;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }

    public override void End()
    {
        base.End();
        offsetAtt.SetOffset(finalOffset, finalOffset);
    }
}
