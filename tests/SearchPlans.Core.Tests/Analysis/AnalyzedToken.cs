using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Core.Tests.Analysis;

/// <summary>One token as a test sees it.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, string Type, int PositionIncrement)
{
    /// <summary>Runs a token stream through the full consumer contract (Reset, IncrementToken, End, Dispose).</summary>
    public static List<AnalyzedToken> Read(TokenStream stream, out int finalOffset)
    {
        var tokens = new List<AnalyzedToken>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(new(term.ToString(), offset.StartOffset, offset.EndOffset, type.Type, position.PositionIncrement));
            }

            stream.End();
            finalOffset = offset.EndOffset;
        }

        return tokens;
    }

    public static List<AnalyzedToken> Read(Analyzer analyzer, string text) =>
        Read(analyzer.GetTokenStream("field", text), out _);

    public static List<(string Term, int Start, int End)> Spans(Analyzer analyzer, string text) =>
        Read(analyzer, text).Select(t => (t.Term, t.Start, t.End)).ToList();

    public static List<string> Terms(Analyzer analyzer, string text) =>
        Read(analyzer, text).Select(t => t.Term).ToList();
}
