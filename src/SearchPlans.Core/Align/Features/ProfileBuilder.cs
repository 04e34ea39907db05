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
        Parallel.For(0, placed.Length, i => profiles[i] = Build(i, placed[i].PlanId, placed[i].Requirement));
        return profiles;
    }

    public RequirementProfile Build(int index, string planId, Requirement requirement)
    {
        var folded = TextFolding.Fold(requirement.Text);
        var chars = LettersOnly.Of(folded);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
            bigrams.Add(chars.Substring(i, 2));
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in segmenter.Terms(requirement.Text))
            words[w] = words.GetValueOrDefault(w) + 1;
        var numbers = NumberPattern().Matches(folded).Select(m => Regex.Replace(m.Value, @"\s", "")).ToHashSet(StringComparer.Ordinal);
        var documents = DocumentPattern().Matches(folded).Select(m => LettersOnly.Of(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var sectionWords = requirement.SectionPath.SelectMany(segmenter.Terms).ToHashSet(StringComparer.Ordinal);
        return new RequirementProfile(index, requirement.Id, planId, chars, bigrams, words, numbers, documents, sectionWords, topics.AboutOf(folded));
    }
}
