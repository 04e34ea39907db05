using System.Collections.Concurrent;

namespace SearchPlans.Align.Features;

/// <summary>
/// One string for each distinct term (bigram, word) of the profiles built together, shared by every profile that
/// holds it, so a build pays for its vocabulary once rather than once per requirement and position.
/// </summary>
/// <remarks>
/// A requirement of 60 characters holds about 60 bigrams and 30 words; as strings of their own they were over half of
/// its profile (794 MB of profiles for 109,707 requirements, the largest part of linking's memory: docs/performance.md,
/// issue 26). The corpus has far fewer distinct terms than occurrences. Safe on every thread.
/// </remarks>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public TermPool() => bySpan = terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to the characters, made only the first time they are seen.</summary>
    public string Of(ReadOnlySpan<char> term) => bySpan.TryGetValue(term, out var pooled) ? pooled : Of(term.ToString());

    /// <summary>The pooled string equal to this one (this one, the first time it is seen).</summary>
    public string Of(string term) => terms.GetOrAdd(term, term);
}
