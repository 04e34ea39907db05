using Lucene.Net.Util;

namespace SearchPlans.Index;

/// <summary>
/// The offsets of a text's words, as the index stores them beside the text (<see cref="IndexFields.StoredWords"/>):
/// for each word, how far it starts past the previous word's start, and its length, as 7-bit variable-length numbers.
/// </summary>
/// <remarks>
/// Cutting a hit's text into SmartCn's words again was about half of building its snippet; the writer has the words
/// already. Deltas keep most numbers under 128, one byte each: about two bytes a word before the stored fields'
/// compression.
/// </remarks>
internal static class StoredWords
{
    public static byte[] Encode(IEnumerable<(int Start, int End)> words)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            var previous = 0;
            foreach (var (start, end) in words)
            {
                // Offsets come from one analysis in order; one that steps back is kept out rather than written negative.
                if (start < previous || end < start)
                    continue;
                writer.Write7BitEncodedInt(start - previous);
                writer.Write7BitEncodedInt(end - start);
                previous = start;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The words' offsets; null when there are none stored or they cannot be read (the caller cuts the text instead).</summary>
    public static IReadOnlyList<(int Start, int End)>? Decode(BytesRef? stored, int textLength)
    {
        if (stored is null)
            return null;
        var words = new List<(int, int)>();
        var bytes = new MemoryStream(stored.Bytes, stored.Offset, stored.Length, writable: false);
        using var reader = new BinaryReader(bytes);
        var start = 0;
        try
        {
            while (bytes.Position < bytes.Length)
            {
                start += reader.Read7BitEncodedInt();
                var end = start + reader.Read7BitEncodedInt();
                if (start < 0 || end < start || end > textLength)
                    return null;
                words.Add((start, end));
            }
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException)
        {
            return null;
        }
        return words;
    }
}
