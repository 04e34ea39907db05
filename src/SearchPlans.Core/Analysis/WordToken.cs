namespace SearchPlans.Analysis;

/// <summary>A piece of text as <see cref="WordSegmenter.Segment"/> cuts it.</summary>
/// <param name="Text">The piece exactly as in the original text (not folded).</param>
/// <param name="Start">Offset of the piece in the original text.</param>
/// <param name="End">Offset just past the piece.</param>
/// <param name="IsWord">True for a word the Words analyzer indexes; false for spaces and punctuation.</param>
public readonly record struct WordToken(string Text, int Start, int End, bool IsWord);
