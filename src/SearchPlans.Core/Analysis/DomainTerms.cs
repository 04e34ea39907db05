using System.Reflection;

namespace SearchPlans.Analysis;

/// <summary>
/// Terms of government-disclosure work that the word field must hold whole, though SmartCn's dictionary splits them
/// (三同步 → 三同|步, 反垄断 → 反|垄断): a few named here, and every term of the topic list alignment reads
/// (Align/Features/topics.tsv), so a word search and a word diff see the term the plans mean.
/// </summary>
/// <remarks>Held folded and lower-cased, as the word analyzer's tokens are when they are joined.</remarks>
public sealed class DomainTerms
{
    // Read from the same embedded file as Align.Features.TopicLexicon: analysis sits below alignment and must not call it.
    private const string TopicsResource = "topics.tsv";

    private static readonly string[] Named = ["三同步", "反垄断", "依申请公开", "政务新媒体"];

    private static readonly Lazy<DomainTerms> Bundled = new(() => new DomainTerms(Named.Concat(ReadTopicTerms())));

    private readonly HashSet<string> terms;
    private readonly HashSet<string> unfinished;

    public DomainTerms(IEnumerable<string> terms)
    {
        this.terms = terms.Select(t => TextFolding.Fold(t).ToLowerInvariant()).Where(t => t.Length > 1).ToHashSet(StringComparer.Ordinal);
        unfinished = this.terms.SelectMany(t => Enumerable.Range(1, t.Length - 1).Select(n => t[..n])).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The named terms and the topic list's.</summary>
    public static DomainTerms Default => Bundled.Value;

    public int Count => terms.Count;

    public bool Contains(string folded) => terms.Contains(folded);

    /// <summary>True when some term is longer than <paramref name="folded"/> and starts with it.</summary>
    public bool Starts(string folded) => unfinished.Contains(folded);

    private static IEnumerable<string> ReadTopicTerms()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(TopicsResource)
            ?? throw new InvalidOperationException($"The resource {TopicsResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        return lines
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(fields => fields.Length == 2)
            .SelectMany(fields => fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }
}
