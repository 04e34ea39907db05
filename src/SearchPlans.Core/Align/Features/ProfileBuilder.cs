using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Align.Features;

/// <summary>Builds the alignment profile of each requirement from the segmenter and the folded text.</summary>
public sealed partial class ProfileBuilder(WordSegmenter segmenter, TopicLexicon topics)
{
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|％|个工作日|日|天|月|年|次|项|个)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex DocumentPattern();

    public ProfileBuilder()
        : this(new WordSegmenter(), TopicLexicon.Default)
    {
    }

    /// <summary>Every requirement's profile, numbered in the plans' order; built on every core (segmenting is most of it).</summary>
    public IReadOnlyList<RequirementProfile> Build(IEnumerable<Plan> plans)
    {
        var placed = plans.SelectMany(p => p.Requirements.Select(r => (PlanId: p.Id, Requirement: r))).ToArray();
        var profiles = new RequirementProfile[placed.Length];
        var pool = new TermPool();
        Parallel.For(0, placed.Length, i => profiles[i] = Build(i, placed[i].PlanId, placed[i].Requirement, pool));
        return profiles;
    }

    /// <summary>
    /// Alignment reads at most this much of a requirement: real ones are under 1,500 characters, and comparing two
    /// texts costs the product of their lengths, so a line of hundreds of thousands would make linking crawl.
    /// </summary>
    public const int MaxAlignedCharacters = 4_000;

    public RequirementProfile Build(int index, string planId, Requirement requirement) => Build(index, planId, requirement, new TermPool());

    // The sets are trimmed once full: a set grown by doubling holds up to twice the room it needs, for as long as
    // linking runs (trimming keeps the order the terms were added in).
    private RequirementProfile Build(int index, string planId, Requirement requirement, TermPool pool)
    {
        var text = Aligned(requirement.Text);
        var folded = TextFolding.Fold(text);
        var chars = LettersOnly.Of(folded);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
            bigrams.Add(pool.Of(chars.AsSpan(i, 2)));
        bigrams.TrimExcess();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in segmenter.Terms(text))
        {
            var word = pool.Of(w);
            words[word] = words.GetValueOrDefault(word) + 1;
        }
        words.TrimExcess();
        var numbers = NumberPattern().Matches(folded).Select(m => Regex.Replace(m.Value, @"\s", "")).ToHashSet(StringComparer.Ordinal);
        var documents = DocumentPattern().Matches(folded).Select(m => LettersOnly.Of(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var sectionWords = requirement.SectionPath.SelectMany(segmenter.Terms).Select(pool.Of).ToHashSet(StringComparer.Ordinal);
        sectionWords.TrimExcess();
        var subjectWords = segmenter.Terms(FirstClause(text)).Select(pool.Of).ToHashSet(StringComparer.Ordinal);
        subjectWords.TrimExcess();
        return new RequirementProfile(index, requirement.Id, planId, chars, bigrams, words, numbers, documents, sectionWords, topics.AboutOf(folded), subjectWords);
    }

    private static string FirstClause(string text)
    {
        var end = text.AsSpan().IndexOfAny("，。；,;");
        return end < 0 ? text : text[..end];
    }

    // Cut between characters, never inside a surrogate pair.
    private static string Aligned(string text)
    {
        if (text.Length <= MaxAlignedCharacters)
            return text;
        var end = char.IsHighSurrogate(text[MaxAlignedCharacters - 1]) ? MaxAlignedCharacters - 1 : MaxAlignedCharacters;
        return text[..end];
    }
}
