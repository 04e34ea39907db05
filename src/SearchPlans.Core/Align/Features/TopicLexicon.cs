using SearchPlans.Analysis;

namespace SearchPlans.Align.Features;

/// <summary>
/// The topics of government-disclosure work (政策解读, 舆情回应, 信息公开年报…) and the terms that name each, read
/// from the list bundled with the library (topics.tsv). Plans of different provinces and years word one subject
/// differently: 年报 and 年度报告, 三同步 and 同步研究、部署、推进. Text overlap cannot see that; a shared topic can.
/// </summary>
public sealed class TopicLexicon
{
    private const string ResourceName = "topics.tsv";

    private static readonly Lazy<TopicLexicon> Bundled = new(() => Parse(ReadBundled(), ResourceName));

    // Terms by their first character, longest first, so a position is checked only against terms that can start there.
    private readonly Dictionary<char, (string Term, int Topic)[]> termsByFirst;

    // The same, with each topic's name among its terms: every wording a search for the topic accepts.
    private readonly Dictionary<char, (string Term, int Topic)[]> wordingsByFirst;

    private readonly Dictionary<string, string[]> printedTerms;

    private TopicLexicon(IReadOnlyList<string> topics, List<(string Term, int Topic)> terms, Dictionary<string, string[]> printedTerms)
    {
        Topics = topics;
        termsByFirst = ByFirst(terms);
        wordingsByFirst = ByFirst([.. terms, .. topics.Select((name, t) => (Folded(name), t)).Where(n => n.Item1.Length > 0)]);
        this.printedTerms = printedTerms;
    }

    private static Dictionary<char, (string Term, int Topic)[]> ByFirst(IEnumerable<(string Term, int Topic)> terms) =>
        terms.Distinct().GroupBy(t => t.Term[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ToArray());

    private static string Folded(string word) => LettersOnly.Of(TextFolding.Fold(word));

    public static TopicLexicon Default => Bundled.Value;

    /// <summary>Every topic's name, in the list's order.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>
    /// Reads a topic list: one topic a line, its name, a tab, and its terms separated by spaces; lines starting with #
    /// are comments. Terms are matched on folded text without punctuation, so they are folded the same way here.
    /// </summary>
    /// <exception cref="FormatException">A line has no name or no terms, or a topic is listed twice; the message names the source and line.</exception>
    public static TopicLexicon Parse(string text, string sourceName)
    {
        var topics = new List<string>();
        var terms = new List<(string Term, int Topic)>();
        var printed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            var words = fields.Length == 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || words.Length == 0)
                throw new FormatException($"{sourceName}, line {n + 1}: expected a topic name, a tab and its terms separated by spaces.");
            var name = fields[0].Trim();
            if (topics.Contains(name))
                throw new FormatException($"{sourceName}, line {n + 1}: the topic {name} is listed twice.");
            foreach (var word in words)
            {
                var folded = Folded(word);
                if (folded.Length > 0)
                    terms.Add((folded, topics.Count));
            }
            topics.Add(name);
            printed[name] = words;
        }
        return new TopicLexicon(topics, terms, printed);
    }

    /// <summary>The topic's terms as the list prints them; none for a topic not in the list.</summary>
    public IReadOnlyList<string> TermsOf(string topic) => printedTerms.GetValueOrDefault(topic) ?? [];

    /// <summary>
    /// What a requirement is about: the topics its first sentence names. A topic named later is mostly a channel or an
    /// example in a list (通过政府网站、政务新媒体等渠道).
    /// </summary>
    /// <param name="folded">The requirement's text folded (<see cref="TextFolding"/>), punctuation kept.</param>
    public string[] AboutOf(string folded)
    {
        var end = folded.IndexOfAny(['。', ';', '；', '!', '?']);
        return TopicsOf(LettersOnly.Of(end < 0 ? folded : folded[..end]));
    }

    /// <summary>The topics the text names, in the list's order; <paramref name="letters"/> is folded text without punctuation.</summary>
    public string[] TopicsOf(string letters) => Named(letters, termsByFirst);

    /// <summary>
    /// The topics whose name or one of whose terms the text holds anywhere, punctuation aside: what a search for the
    /// topic finds (the index tags each requirement with them).
    /// </summary>
    public string[] WordedIn(string text) => Named(Folded(text), wordingsByFirst);

    private string[] Named(string letters, Dictionary<char, (string Term, int Topic)[]> byFirst)
    {
        bool[]? named = null;
        for (var i = 0; i < letters.Length; i++)
        {
            if (!byFirst.TryGetValue(letters[i], out var candidates))
                continue;
            foreach (var (term, topic) in candidates)
                if (term.Length <= letters.Length - i && string.CompareOrdinal(letters, i, term, 0, term.Length) == 0)
                    (named ??= new bool[Topics.Count])[topic] = true;
        }
        return named is null ? [] : [.. Topics.Where((_, t) => named[t])];
    }

    private static string ReadBundled()
    {
        using var stream = typeof(TopicLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The topic list {ResourceName} is missing from the library's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
