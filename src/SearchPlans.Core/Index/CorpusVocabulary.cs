using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SearchPlans.Index;

/// <summary>
/// What the index's word analysis saw in the requirement texts, counted while the index is written: how many texts
/// hold each word, each compound of two words written together (年度 + 报告), and each pair of words listed side by
/// side (预算、决算). <see cref="VariantList"/> derives the query variants from these counts, so they come from the
/// corpus and not from a list of queries.
/// </summary>
/// <remarks>
/// Thread-safe: analysis runs on several threads. Counts only grow: an update adds the changed plans' counts to the
/// last generation's, and a removed plan's words stay counted, which at worst keeps a variant that finds nothing.
/// </remarks>
public sealed class CorpusVocabulary
{
    public const string FileName = "vocabulary.tsv";

    /// <summary>Distinct compounds and pairs kept at most; past it only those already seen are counted.</summary>
    public const int MaxEntries = 2_000_000;

    // Words joined by a listing comma or a conjunction are coordinated: 预算、决算, 预算和决算.
    private const string Coordinators = "、和与及";

    private readonly ConcurrentDictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), int> compounds = new();
    private readonly ConcurrentDictionary<(string, string), int> coordinated = new();
    private readonly ConcurrentDictionary<(string, string), int> contractedBeside = new();

    // Compounds, pairs and contractions kept, counted as they are added: ConcurrentDictionary.Count takes every lock of
    // its table, which once per pair counted cost a tenth of writing the index.
    private int pairsKept;

    public IReadOnlyDictionary<string, int> Words => words;

    public IReadOnlyDictionary<(string First, string Second), int> Compounds => compounds;

    public IReadOnlyDictionary<(string First, string Second), int> Coordinated => coordinated;

    /// <summary>
    /// For each compound, how many texts hold it together with the word made of its words' first characters (年度报告
    /// and 年报 in one text): writers bring in a short form beside its full form.
    /// </summary>
    public IReadOnlyDictionary<(string First, string Second), int> ContractedBeside => contractedBeside;

    /// <summary>Counts one requirement text's words, as the word field's analysis gave them.</summary>
    internal void Add(string text, FieldTokens tokens)
    {
        var list = tokens.Tokens;
        var inText = list.Select(t => t.Term).Where(IsHanWord).ToHashSet(StringComparer.Ordinal);
        foreach (var word in inText)
            words.AddOrUpdate(word, 1, static (_, n) => n + 1);
        HashSet<(string, string)>? besideCounted = null;
        for (var i = 1; i < list.Count; i++)
        {
            var (first, second) = (list[i - 1], list[i]);
            if (!IsHanWord(first.Term) || first.Term.Length < 2)
                continue;
            if (IsHanWord(second.Term) && second.Term.Length >= 2 && second.Start == first.End)
            {
                CountPair(compounds, (first.Term, second.Term));
                if (inText.Contains($"{first.Term[0]}{second.Term[0]}") && (besideCounted ??= []).Add((first.Term, second.Term)))
                    CountPair(contractedBeside, (first.Term, second.Term));
            }
            else if (second.Start == first.End && second.Term.Length == 1 && Coordinators.Contains(second.Term[0]) && i + 1 < list.Count
                && list[i + 1].Start == second.End && IsHanWord(list[i + 1].Term) && list[i + 1].Term.Length >= 2)
                CountPair(coordinated, (first.Term, list[i + 1].Term));
            else if (second.Start == first.End + 1 && first.End < text.Length && Coordinators.Contains(text[first.End]) && IsHanWord(second.Term) && second.Term.Length >= 2)
                CountPair(coordinated, (first.Term, second.Term));
        }
    }

    /// <summary>Adds counts kept from an earlier generation.</summary>
    public void AddCounts(CorpusVocabulary other)
    {
        foreach (var (word, n) in other.words)
            words.AddOrUpdate(word, n, (_, c) => c + n);
        foreach (var (pair, n) in other.compounds)
            compounds.AddOrUpdate(pair, n, (_, c) => c + n);
        foreach (var (pair, n) in other.coordinated)
            coordinated.AddOrUpdate(pair, n, (_, c) => c + n);
        foreach (var (pair, n) in other.contractedBeside)
            contractedBeside.AddOrUpdate(pair, n, (_, c) => c + n);
        RecountPairsKept();
    }

    private void CountPair(ConcurrentDictionary<(string, string), int> counts, (string, string) key)
    {
        if (!counts.ContainsKey(key))
        {
            if (Volatile.Read(ref pairsKept) >= MaxEntries)
                return;
            if (counts.TryAdd(key, 1))
            {
                Interlocked.Increment(ref pairsKept);
                return;
            }
        }
        counts.AddOrUpdate(key, 1, static (_, n) => n + 1);
    }

    private void RecountPairsKept() => pairsKept = compounds.Count + coordinated.Count + contractedBeside.Count;

    /// <summary>Only ideographs: a word of Han characters, which is what abbreviations and compounds are made of.</summary>
    internal static bool IsHanWord(string word) => word.Length > 0 && word.All(c => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter);

    public void Write(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("# The words of the requirement texts: kind (w word, c compound, p coordinated pair), the words, and in how many\n");
        writer.Write("# texts (w) or times (c, p); for a compound, then in how many texts it stands beside its contraction.\n");
        foreach (var (word, n) in words.OrderBy(w => w.Key, StringComparer.Ordinal))
            writer.Write($"w\t{word}\t{n}\n");
        foreach (var ((a, b), n) in compounds.OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal))
            writer.Write($"c\t{a}\t{b}\t{n}\t{contractedBeside.GetValueOrDefault((a, b))}\n");
        foreach (var ((a, b), n) in coordinated.OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal))
            writer.Write($"p\t{a}\t{b}\t{n}\n");
    }

    /// <summary>The counts written in a generation; empty when it has none.</summary>
    public static CorpusVocabulary Read(string path)
    {
        var vocabulary = new CorpusVocabulary();
        if (!File.Exists(path))
            return vocabulary;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 3 || line.StartsWith('#'))
                continue;
            switch (f[0])
            {
                case "w" when int.TryParse(f[2], CultureInfo.InvariantCulture, out var n):
                    vocabulary.words[f[1]] = n;
                    break;
                case "c" when f.Length == 5 && int.TryParse(f[3], CultureInfo.InvariantCulture, out var n) && int.TryParse(f[4], CultureInfo.InvariantCulture, out var beside):
                    vocabulary.compounds[(f[1], f[2])] = n;
                    if (beside > 0)
                        vocabulary.contractedBeside[(f[1], f[2])] = beside;
                    break;
                case "p" when f.Length == 4 && int.TryParse(f[3], CultureInfo.InvariantCulture, out var n):
                    vocabulary.coordinated[(f[1], f[2])] = n;
                    break;
            }
        }
        vocabulary.RecountPairsKept();
        return vocabulary;
    }
}
