using System.Text;

namespace SearchPlans.Analysis;

/// <summary>The search folding of every UTF-16 code unit, built once on first use.</summary>
/// <remarks>
/// A flat table (128 KB) because folding runs on every character indexed or searched. Surrogates
/// map to themselves, so characters outside the basic plane pass through whole.
/// </remarks>
internal static class FoldingTable
{
    private static readonly Lazy<char[]> Table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static char[] Chars => Table.Value;

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        AddWidthAndPunctuation(table);
        AddCompatibilityIdeographs(table);
        ApplyTraditionalToSimplified(table, TraditionalToSimplified.BuildTable());
        return table;
    }

    private static void AddWidthAndPunctuation(char[] table)
    {
        // Full-width ASCII （，；：Ａ１ → (,;:A1; case is left to the lower-case filter.
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            table[c] = (char)(c - 0xFEE0);
        }

        Map(table, "\u3000\u00A0\u2002\u2003\u2009\u202F", ' ');
        Map(table, "〔【〖〘〚", '[');
        Map(table, "〕】〗〙〛", ']');
        Map(table, "“”„‟〝〞", '"');
        Map(table, "‘’‚‛", '\'');
        Map(table, "‐‑‒–—―−﹣", '-');
        Map(table, "﹙", '(');
        Map(table, "﹚", ')');
        Map(table, "﹐", ',');
        Map(table, "﹔", ';');
        Map(table, "﹕", ':');
    }

    // Text pulled from PDFs often carries Kangxi radicals (⼯ U+2F2F for 工) or compatibility
    // ideographs that look identical to the real character; NFKC names the real one.
    private static void AddCompatibilityIdeographs(char[] table)
    {
        foreach (var (first, last) in new[] { ('\u2E80', '\u2FDF'), ('\uF900', '\uFAFF') })
        {
            for (var c = first; c <= last; c++)
            {
                var normalized = c.ToString().Normalize(NormalizationForm.FormKC);
                if (normalized.Length == 1 && normalized[0] != c)
                {
                    table[c] = normalized[0];
                }
            }
        }
    }

    // Applied to the table's outputs, so a compatibility form of a traditional character lands on
    // the simplified one; chains are followed so that folding twice changes nothing.
    private static void ApplyTraditionalToSimplified(char[] table, IReadOnlyDictionary<char, char> simplified)
    {
        for (var c = 0; c < table.Length; c++)
        {
            var folded = table[c];
            for (var step = 0; step < 4 && simplified.TryGetValue(folded, out var next); step++)
            {
                folded = next;
            }

            table[c] = folded;
        }
    }

    private static void Map(char[] table, string from, char to)
    {
        foreach (var c in from)
        {
            table[c] = to;
        }
    }
}
