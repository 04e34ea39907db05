using DiffPlex;
using SearchPlans.Analysis;

namespace SearchPlans.Compare;

/// <summary>
/// Cuts text into the segmenter's pieces (words, and single punctuation or space elements) and
/// folds each one, so that DiffPlex compares whole words and sees （ and ( or 資訊 and 资讯 as the same.
/// </summary>
/// <remarks>
/// DiffPlex's own character and word chunkers cut by UTF-16 char or by spaces, which halves
/// surrogate pairs and treats a whole Chinese clause as one word.
/// </remarks>
public sealed class FoldedWordChunker(WordSegmenter segmenter) : IChunker
{
    public FoldedWordChunker()
        : this(new WordSegmenter())
    {
    }

    /// <summary>The pieces as printed; <see cref="Chunk"/> gives the same pieces folded, one for one.</summary>
    public IReadOnlyList<string> Pieces(string text) => [.. segmenter.Segment(text).Select(piece => piece.Text)];

    public IReadOnlyList<string> Chunk(string text) => [.. segmenter.Segment(text).Select(piece => TextFolding.Fold(piece.Text))];
}
