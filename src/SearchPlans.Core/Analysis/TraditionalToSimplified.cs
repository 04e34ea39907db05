using System.Text;

namespace SearchPlans.Analysis;

/// <summary>Derives a one-character-to-one-character Traditional → Simplified table from ICU.</summary>
/// <remarks>
/// Folding must keep offsets 1:1, so only pairs where one ideograph becomes exactly one other
/// ideograph are kept; ICU's few phrase-level conversions are left out on purpose.
/// </remarks>
internal static class TraditionalToSimplified
{
    private const int BatchSize = 4096;

    private static readonly (char First, char Last)[] Ranges =
    [
        ('\u3400', '\u4DBF'), // CJK Unified Ideographs Extension A
        ('\u4E00', '\u9FFF'), // CJK Unified Ideographs
    ];

    public static IReadOnlyDictionary<char, char> BuildTable()
    {
        try
        {
            Icu.Wrapper.Init();
            using var transliterator = Icu.Transliterator.CreateInstance("Traditional-Simplified");
            var table = new Dictionary<char, char>();
            foreach (var (first, last) in Ranges)
            {
                for (var start = (int)first; start <= last; start += BatchSize)
                {
                    var end = Math.Min(last, start + BatchSize - 1);
                    AddBatch(transliterator, start, end, table);
                }
            }

            return table;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw new InvalidOperationException(
                "Folding Traditional to Simplified Chinese needs the native ICU library (libicu).", e);
        }
    }

    // One character per line, so no contextual rule sees a neighbour and each line holds exactly
    // the conversion of its own character. If the lines fail to line up, convert one by one.
    private static void AddBatch(Icu.Transliterator transliterator, int start, int end, Dictionary<char, char> table)
    {
        var input = new StringBuilder((end - start + 1) * 2);
        for (var c = start; c <= end; c++)
        {
            input.Append((char)c).Append('\n');
        }

        var lines = transliterator.Transliterate(input.ToString()).Split('\n');
        var linedUp = lines.Length == end - start + 2;
        for (var c = start; c <= end; c++)
        {
            var converted = linedUp ? lines[c - start] : transliterator.Transliterate(((char)c).ToString());
            if (converted.Length == 1 && converted[0] != c)
            {
                table[(char)c] = converted[0];
            }
        }
    }
}
