using Lucene.Net.Analysis;

namespace SearchPlans.Analysis;

/// <summary>Applies <see cref="TextFolding"/> to a reader before tokenization.</summary>
/// <remarks>
/// Folding maps each char to one char, so offsets need no correction, and a read that ends
/// between the halves of a surrogate pair is harmless: surrogates fold to themselves.
/// </remarks>
public sealed class SearchFoldingCharFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        if (read > 0)
        {
            TextFolding.FoldInPlace(buffer.AsSpan(index, read));
        }

        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : TextFolding.Fold((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}
