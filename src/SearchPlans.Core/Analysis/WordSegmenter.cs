using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPlans.Analysis;

/// <summary>
/// Cuts text into words and the pieces between them: by default ICU's words, for alignment and diffs; with
/// <see cref="PlanAnalyzers.Words"/>, the index's SmartCn words, for marking whole words in search hits.
/// Words are exactly the tokens of the analyzer given.
/// </summary>
/// <remarks>Thread-safe: the analyzer keeps its tokenizer per thread.</remarks>
public sealed class WordSegmenter(Analyzer words)
{
    private const string FieldName = "segment";

    /// <summary>ICU's words (<see cref="PlanAnalyzers.IcuWords"/>), which alignment and the word diff use.</summary>
    public WordSegmenter()
        : this(PlanAnalyzers.IcuWords)
    {
    }

    /// <summary>
    /// Every piece of <paramref name="text"/> in order: words, and between them one piece per
    /// text element of punctuation or space. Concatenating the pieces gives the text back.
    /// </summary>
    public IReadOnlyList<WordToken> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pieces(text, Analyze(text).Select(token => (token.Start, token.End)));
    }

    /// <summary>
    /// The pieces <see cref="Segment"/> gives, from the words' offsets as the analyzer gave them (the index stores
    /// them, so a hit's words need not be cut again).
    /// </summary>
    public static IReadOnlyList<WordToken> Pieces(string text, IEnumerable<(int Start, int End)> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<WordToken>();
        var covered = 0;
        foreach (var (start, end) in words)
        {
            // A tokenizer behind the seam might overlap words or cut a character in half; such
            // a token is left to the gap so that the pieces still tile the text.
            if (start < covered || end <= start || end > text.Length || SplitsPair(text, start) || SplitsPair(text, end))
            {
                continue;
            }

            AddGap(text, covered, start, pieces);
            pieces.Add(new WordToken(text[start..end], start, end, IsWord: true));
            covered = end;
        }

        AddGap(text, covered, text.Length, pieces);
        return pieces;
    }

    /// <summary>The terms the analyzer gives for <paramref name="text"/>: folded, lower-cased words.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Analyze(text).Select(token => token.Term)];
    }

    private List<(string Term, int Start, int End)> Analyze(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = words.GetTokenStream(FieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    private static void AddGap(string text, int start, int end, List<WordToken> pieces)
    {
        while (start < end)
        {
            var length = Math.Min(StringInfo.GetNextTextElementLength(text.AsSpan(start, end - start)), end - start);
            pieces.Add(new WordToken(text.Substring(start, length), start, start + length, IsWord: false));
            start += length;
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);
}
