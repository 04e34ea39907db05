using System.Text;
using SearchPlans.Analysis;
using SearchPlans.Units;

namespace SearchPlans.Index;

/// <summary>How a variant relates to what was typed.</summary>
public enum VariantKind
{
    /// <summary>A short form made of the first characters of a compound's words, and that compound: 年报 and 年度 报告.</summary>
    Contraction,

    /// <summary>A compound with its two words the other way round, both written in the corpus: 数据开放 and 开放数据.</summary>
    Reversal,

    /// <summary>Two coordinated words sharing their last character, and their joined form: 预算、决算 and 预决算.</summary>
    Coordination,

    /// <summary>Two spellings of one responsible unit (the Units module's clusters): 政数局 and 政务服务数据管理局.</summary>
    UnitSpelling,

    /// <summary>A wording of the same topic in the bundled topic list (Align/Features/topics.tsv).</summary>
    Topic,
}

/// <summary>One variant of a written form: its kind and its words (several when it is a list of words that must all appear).</summary>
public sealed record Variant(VariantKind Kind, IReadOnlyList<string> Words)
{
    /// <summary>As shown to the user: the words, with spaces where they are separate.</summary>
    public string Shown => string.Join(" ", Words);
}

/// <summary>
/// The variants of the corpus's own words, derived by general rules from <see cref="CorpusVocabulary"/> and the
/// responsible units when an index is written, and stored beside it (variants.tsv):
/// <list type="bullet">
/// <item>contractions: a compound of two words of two or more characters (年度 + 报告) and the word made of their first
/// characters (年报), when that word is itself in the texts, rarer than either part (公开 is no short form of 公共 开放,
/// being far commoner than 公共), and at least <see cref="MinShareBeside"/> of the texts holding it also hold the
/// compound (writers bring in a short form beside its full form: 公平 and 公开平台 never meet);</item>
/// <item>reversals: a compound written both ways round, each at least <see cref="MinReversed"/> times (数据开放, 开放数据);</item>
/// <item>coordinations: two coordinated words with one last character (预算、决算) and their joined form (预决算), when the
/// word analysis reads the joined form as one word (预决算 is a word; 就创业, from 就业、创业, is not);</item>
/// <item>unit spellings: the spellings the Units module merges into one body, without their scope (政数局, 政务服务数据管理局).</item>
/// </list>
/// Folded and lower-cased, as the word field's terms are.
/// </summary>
public sealed class VariantList
{
    public const string FileName = "variants.tsv";

    /// <summary>Variants kept per written form: the commonest first.</summary>
    public const int MaxPerForm = 6;

    /// <summary>The share of a short form's texts that must also hold its full form.</summary>
    public const double MinShareBeside = 0.2;

    /// <summary>How often each order of a reversed compound must be written.</summary>
    public const int MinReversed = 2;

    private readonly Dictionary<string, List<Variant>> byForm;

    private VariantList(Dictionary<string, List<Variant>> byForm) => this.byForm = byForm;

    public static VariantList Empty { get; } = new([]);

    /// <summary>How many written forms have variants.</summary>
    public int Count => byForm.Count;

    /// <summary>The variants of a form written without spaces (年报, 数据开放), folded; none when it has none.</summary>
    public IReadOnlyList<Variant> Of(string form) => byForm.TryGetValue(form, out var variants) ? variants : [];

    /// <summary>Every form with its variants, for writing and for tests.</summary>
    public IEnumerable<(string Form, IReadOnlyList<Variant> Variants)> All =>
        byForm.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, (IReadOnlyList<Variant>)f.Value));

    /// <summary>Derives the variants of a corpus from the words its texts were analysed into and its units.</summary>
    public static VariantList Derive(CorpusVocabulary vocabulary, UnitDirectory? units)
    {
        var found = new List<(string Form, Variant Variant, int Weight)>();
        int WordCount(string w) => vocabulary.Words.GetValueOrDefault(w);
        foreach (var ((a, b), n) in vocabulary.Compounds)
        {
            var contracted = $"{a[0]}{b[0]}";
            var shortCount = WordCount(contracted);
            var beside = vocabulary.ContractedBeside.GetValueOrDefault((a, b));
            if (shortCount > 0 && contracted != a && contracted != b && shortCount < Math.Min(WordCount(a), WordCount(b))
                && beside >= MinShareBeside * shortCount)
            {
                found.Add((contracted, new Variant(VariantKind.Contraction, [a, b]), n));
                found.Add((a + b, new Variant(VariantKind.Contraction, [contracted]), shortCount));
            }
            if (a != b && n >= MinReversed && vocabulary.Compounds.TryGetValue((b, a), out var reversed) && reversed >= MinReversed)
                found.Add((a + b, new Variant(VariantKind.Reversal, [b, a]), reversed));
        }
        var segmenter = new WordSegmenter(PlanAnalyzers.Words);
        foreach (var ((a, b), n) in vocabulary.Coordinated)
        {
            if (a.Length != 2 || b.Length != 2 || a[1] != b[1] || a[0] == b[0])
                continue;
            var joined = $"{a[0]}{b[0]}{a[1]}";
            if (segmenter.Terms(joined) is not [var one] || one != joined)
                continue;
            found.Add((joined, new Variant(VariantKind.Coordination, [a, b]), n));
            found.Add((a + b, new Variant(VariantKind.Coordination, [joined]), n));
        }
        if (units is not null)
            found.AddRange(UnitVariants(units));
        var byForm = found
            .GroupBy(f => f.Form, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(f => (f.Variant.Kind, f.Variant.Shown))
                .Select(v => (v.First().Variant, Weight: v.Sum(x => x.Weight)))
                .OrderByDescending(v => v.Weight)
                .ThenBy(v => v.Variant.Shown, StringComparer.Ordinal)
                .Take(MaxPerForm)
                .Select(v => v.Variant)
                .ToList(), StringComparer.Ordinal);
        return new VariantList(byForm);
    }

    // Each spelling of a body, without its scope, stands for the others: 政数局 for 政务服务数据管理局 and back.
    private static IEnumerable<(string, Variant, int)> UnitVariants(UnitDirectory units)
    {
        foreach (var unit in units.Units.Where(u => !u.IsGroup))
        {
            var forms = unit.Spellings
                .Select(s => (Form: Normal(Unscoped(s.Text, unit.Scope)), s.Count))
                .Where(s => s.Form.Length >= 2)
                .GroupBy(s => s.Form, StringComparer.Ordinal)
                .Select(g => (Form: g.Key, Count: g.Sum(s => s.Count)))
                .ToList();
            foreach (var from in forms)
                foreach (var to in forms.Where(t => t.Form != from.Form))
                    yield return (from.Form, new Variant(VariantKind.UnitSpelling, [to.Form]), to.Count);
        }
    }

    private static string Unscoped(string spelling, string scope) =>
        scope.Length > 0 && spelling.StartsWith(scope, StringComparison.Ordinal) && spelling.Length - scope.Length >= 2 ? spelling[scope.Length..] : spelling;

    /// <summary>Folded and lower-cased, without spaces: how forms are looked up.</summary>
    public static string Normal(string text) => new string([.. TextFolding.Fold(text).ToLowerInvariant().Where(c => !char.IsWhiteSpace(c))]);

    public void Write(string path)
    {
        var text = new StringBuilder("# Query variants derived from the corpus: form, kind, the variant's words separated by spaces.\n");
        foreach (var (form, variants) in All)
            foreach (var variant in variants)
                text.Append(form).Append('\t').Append(variant.Kind.ToString()).Append('\t').Append(variant.Shown).Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>The variants stored with a generation; empty when there are none.</summary>
    public static VariantList Read(string path)
    {
        var byForm = new Dictionary<string, List<Variant>>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return Empty;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (line.StartsWith('#') || f.Length != 3 || !Enum.TryParse<VariantKind>(f[1], out var kind))
                continue;
            if (!byForm.TryGetValue(f[0], out var list))
                byForm[f[0]] = list = [];
            list.Add(new Variant(kind, f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        return new VariantList(byForm);
    }
}
