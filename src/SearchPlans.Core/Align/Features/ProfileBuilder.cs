using System.Text;
using System.Text.RegularExpressions;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Align.Features;

/// <summary>Builds the alignment profile of each requirement from the segmenter and the folded text.</summary>
public sealed partial class ProfileBuilder(WordSegmenter segmenter)
{
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|％|个工作日|日|天|月|年|次|项|个)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"《([^《》]{2,80})》")]
    private static partial Regex DocumentPattern();

    public ProfileBuilder()
        : this(new WordSegmenter())
    {
    }

    public IReadOnlyList<RequirementProfile> Build(IEnumerable<Plan> plans)
    {
        var profiles = new List<RequirementProfile>();
        foreach (var plan in plans)
            foreach (var r in plan.Requirements)
                profiles.Add(Build(profiles.Count, plan.Id, r));
        return profiles;
    }

    public RequirementProfile Build(int index, string planId, Requirement requirement)
    {
        var folded = TextFolding.Fold(requirement.Text);
        var chars = Letters(folded);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < chars.Length; i++)
            bigrams.Add(chars.Substring(i, 2));
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in segmenter.Terms(requirement.Text))
            words[w] = words.GetValueOrDefault(w) + 1;
        var numbers = NumberPattern().Matches(folded).Select(m => Regex.Replace(m.Value, @"\s", "")).ToHashSet(StringComparer.Ordinal);
        var documents = DocumentPattern().Matches(folded).Select(m => Letters(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var sectionWords = requirement.SectionPath.SelectMany(segmenter.Terms).ToHashSet(StringComparer.Ordinal);
        return new RequirementProfile(index, requirement.Id, planId, chars, bigrams, words, numbers, documents, sectionWords);
    }

    // Letters, digits and ideographs only: punctuation and spacing differ between printers and carry no meaning here.
    private static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune))
                sb.Append(rune.ToString());
        return sb.ToString();
    }
}
