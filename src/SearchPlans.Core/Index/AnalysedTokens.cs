using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Index;

/// <summary>The tokens one field value was analysed into: only what the index reads (term, offsets, position increment).</summary>
internal sealed record FieldTokens(IReadOnlyList<(string Term, int Start, int End, int Increment)> Tokens, int FinalOffset)
{
    /// <summary>Analyses <paramref name="text"/> as the index analyses <paramref name="field"/>, on the calling thread.</summary>
    public static FieldTokens Analyse(string field, string text)
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
        return new FieldTokens(tokens, offset.EndOffset);
    }
}

/// <summary>
/// Plays a field's tokens back to the index writer, so analysis can run on any thread while the writer adds documents
/// in the corpus's order on its own.
/// </summary>
/// <remarks>The text fields index positions but not offsets, payloads or types, so nothing else is kept.</remarks>
internal sealed class AnalysedTokens : TokenStream
{
    private readonly FieldTokens tokens;
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IPositionIncrementAttribute incrementAtt;
    private int next;

    public AnalysedTokens(FieldTokens tokens)
    {
        this.tokens = tokens;
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        incrementAtt = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next == tokens.Tokens.Count)
            return false;
        ClearAttributes();
        var (term, start, end, increment) = tokens.Tokens[next++];
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
        offsetAtt.SetOffset(tokens.FinalOffset, tokens.FinalOffset);
    }
}
