using System.Text.RegularExpressions;

namespace SearchPlans.Search.Reading;

/// <summary>
/// What one query's parses share: the variants on offer, each term's reading (cut into words once), and what the
/// user is told about how the query was read.
/// </summary>
internal sealed partial class QueryContext(QueryVariants variants, int relaxation = 0, Func<string, bool>? distinctive = null, Func<string, bool>? namesAPlace = null, bool anyTerm = false)
{
    /// <summary>
    /// True when few enough texts hold the word for it to be looked for in the headings, criteria and units as well;
    /// without an index, every word is.
    /// </summary>
    public Func<string, bool> Distinctive { get; } = distinctive ?? (_ => true);

    /// <summary>
    /// True when few enough requirements' places hold the word for it to say where (江门); a word most plans' titles
    /// hold (政府, of every 人民政府) is looked for in the text only. Without an index, every word does.
    /// </summary>
    public Func<string, bool> NamesAPlace { get; } = namesAPlace ?? (_ => true);

    /// <summary>How many more times a search may let one more word of a term go missing.</summary>
    public const int MaxRelaxation = 2;

    private readonly Dictionary<string, TermReading> readings = new(StringComparer.Ordinal);

    /// <summary>How many words of each term may be missing: 0 reads every word as required.</summary>
    public int Relaxation => relaxation;

    /// <summary>The same variants, one more word allowed missing.</summary>
    public QueryContext Loosened() => new(variants, relaxation + 1, Distinctive, NamesAPlace, AnyTerm);

    /// <summary>
    /// True when terms typed side by side need not all match: read so only after no requirement held them all. Terms
    /// joined by a typed AND still must.
    /// </summary>
    public bool AnyTerm => anyTerm;

    /// <summary>The same reading, terms side by side joined by OR.</summary>
    public QueryContext WithAnyTerm() => new(variants, relaxation, Distinctive, NamesAPlace, anyTerm: true);

    /// <summary>
    /// How many of a term's words (lone characters aside) must appear when <paramref name="relaxation"/> may be missing:
    /// never fewer than half of them, nor fewer than two; a term of two words is never relaxed, since one of them alone
    /// (政府 of 政府公报) matches far too much.
    /// </summary>
    public static int Required(IReadOnlyList<string> words, int relaxation)
    {
        var counted = words.Count(w => !(w.Length == 1 && PairedPhrase.IsIdeograph(w[0])));
        if (relaxation == 0 || counted < 3)
            return words.Count;
        return Math.Max(Math.Max(2, (counted + 1) / 2), counted - relaxation);
    }

    /// <summary>What was changed to read the query.</summary>
    public List<QueryNote> Notes { get; } = [];

    /// <summary>Every term read, in the order first read.</summary>
    public IEnumerable<TermReading> Terms => readings.Values;

    /// <summary>Other readings one query may add in all, over all its terms: past it, further terms are read as typed only.</summary>
    public const int MaxQueryAlternatives = 16;

    private int alternativesGiven;

    public TermReading Read(string text)
    {
        if (!readings.TryGetValue(text, out var reading))
        {
            var words = TermWords.Of(text);
            var idLike = IdPattern().IsMatch(text);
            // An id is looked up as typed; its pieces (heyuan, 2022, 26) are no words to vary.
            var alternatives = idLike || words.Count == 0 || alternativesGiven >= MaxQueryAlternatives ? []
                : variants.For(words).Take(MaxQueryAlternatives - alternativesGiven).ToList();
            alternativesGiven += alternatives.Count;
            readings[text] = reading = new TermReading(text, words, alternatives, idLike);
        }
        return reading;
    }

    // Plan and requirement ids: ASCII letters and digits joined by hyphens (heyuan-2022, qingyuan-2022-1.3.2).
    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9.]+)+$")]
    private static partial Regex IdPattern();
}
