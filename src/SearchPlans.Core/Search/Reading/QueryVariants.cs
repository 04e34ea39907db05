using SearchPlans.Align.Features;
using SearchPlans.Analysis;
using SearchPlans.Index;

namespace SearchPlans.Search.Reading;

/// <summary>
/// The variants a searcher offers for a term: those derived from its corpus (<see cref="VariantList"/>) and the
/// wordings of the bundled topic list (<see cref="TopicLexicon"/>), each kept only when the index holds it. Bounded:
/// at most <see cref="MaxAlternatives"/> readings a term and <see cref="MaxTopicWordings"/> wordings of a topic.
/// </summary>
internal sealed class QueryVariants(VariantList derived, TopicLexicon topics, Func<string, bool> attested)
{
    /// <summary>Other readings of one term: each is one more conjunction to match.</summary>
    public const int MaxAlternatives = 6;

    /// <summary>
    /// Wordings of a topic shown, marked in snippets and ranked by their phrase; the search itself finds every wording
    /// through the topic's term in the index.
    /// </summary>
    public const int MaxTopicWordings = 8;

    /// <summary>No variants: the literal reading only.</summary>
    public static QueryVariants None { get; } = new(VariantList.Empty, TopicLexicon.Parse("", "none"), _ => false);

    private readonly Dictionary<string, string> topicByName = topics.Topics.ToDictionary(t => VariantList.Normal(t), t => t, StringComparer.Ordinal);

    private readonly Dictionary<string, string> topicByTerm = topics.Topics
        .SelectMany(t => topics.TermsOf(t).Select(term => (Term: VariantList.Normal(term), Topic: t)))
        .GroupBy(p => p.Term, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Topic, StringComparer.Ordinal);

    /// <summary>The other readings of a term whose words are <paramref name="words"/>, best first.</summary>
    public IReadOnlyList<Alternative> For(IReadOnlyList<string> words)
    {
        var alternatives = new List<Alternative>();
        var whole = string.Concat(words);
        var wholeTopic = TopicOfWholeTerm(words);
        if (wholeTopic is not null)
            AddTopic(alternatives, wholeTopic, [], [], whole, topicByName.ContainsKey(whole) ? RankingWeights.Variant : RankingWeights.TopicSibling);
        for (var length = words.Count; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var form = string.Concat(words.Skip(start).Take(length));
                if (form.Length < 2)
                    continue;
                var before = words.Take(start).ToList();
                var after = words.Skip(start + length).ToList();
                foreach (var variant in derived.Of(form))
                {
                    if (!variant.Words.All(attested))
                        continue;
                    var slots = before.Concat(variant.Words).Concat(after).Select(w => (IReadOnlyList<string>)[w]).ToList();
                    var shown = string.Join(" ", new[] { string.Concat(before), variant.Shown, string.Concat(after) }.Where(s => s.Length > 0));
                    alternatives.Add(new Alternative(slots, variant.Kind, [shown], RankingOnly: variant.Kind == VariantKind.Reversal, Weight: RankingWeights.Variant,
                        Varied: Enumerable.Range(start, variant.Words.Count).ToHashSet()));
                }
                // A part of the term that names a topic, or is one of its terms, may be any of the topic's wordings:
                // 政府信息公开年度报告 holds 公开年度报告, one wording of 信息公开年报, whose others are 年报 and 公开工作年度报告.
                if (length < words.Count && wholeTopic is null)
                {
                    if (topicByName.TryGetValue(form, out var named))
                        AddTopic(alternatives, named, before, after, form, RankingWeights.Variant);
                    else if (topicByTerm.TryGetValue(form, out var of))
                        AddTopic(alternatives, of, before, after, form, RankingWeights.TopicSibling);
                }
            }
        }
        return alternatives
            .Where(a => !(a.Phrase is { } p && p == whole))
            .DistinctBy(a => string.Join("|", a.Slots.Select(s => string.Join("/", s))))
            .OrderBy(a => a.RankingOnly)
            .ThenByDescending(a => a.Weight)
            .Take(MaxAlternatives)
            .ToList();
    }

    // The whole term names one topic when each of its words, or the run of words it is in, is the topic's name or one
    // of its terms: 12345热线 is 热线's term 12345 and its name 热线.
    private string? TopicOfWholeTerm(IReadOnlyList<string> words)
    {
        string? topic = null;
        for (var start = 0; start < words.Count;)
        {
            var matched = false;
            for (var length = words.Count - start; length >= 1 && !matched; length--)
            {
                var form = string.Concat(words.Skip(start).Take(length));
                var of = topicByName.GetValueOrDefault(form) ?? topicByTerm.GetValueOrDefault(form);
                if (of is null)
                    continue;
                if (topic is not null && topic != of)
                    return null;
                topic = of;
                start += length;
                matched = true;
            }
            if (!matched)
                return null;
        }
        return topic;
    }

    private void AddTopic(List<Alternative> alternatives, string topic, List<string> before, List<string> after, string typed, float weight)
    {
        // Searched for its name, a topic is each of its wordings; searched for one of its terms, the others too, at the
        // lower weight of a sibling (RankingWeights.TopicSibling): some topics list neighbouring subjects rather than
        // wordings (重大战略: 规划纲要, 共同富裕), which then come after every match of what was typed, and are shown.
        var wordings = new[] { topic }.Concat(topics.TermsOf(topic))
            .Select(VariantList.Normal)
            .Distinct(StringComparer.Ordinal)
            .Where(w => w != typed && w.Length >= 2 && !before.Contains(w) && !after.Contains(w) && attested(w))
            .Take(MaxTopicWordings)
            .ToList();
        if (wordings.Count == 0)
            return;
        // The typed form is one of the options, so a text that holds it meets the slot as well.
        var slot = (IReadOnlyList<string>)[typed, .. wordings];
        var slots = before.Select(w => (IReadOnlyList<string>)[w]).Append(slot).Concat(after.Select(w => (IReadOnlyList<string>)[w])).ToList();
        var prefix = string.Concat(before);
        var suffix = string.Concat(after);
        alternatives.Add(new Alternative(slots, VariantKind.Topic,
            [.. wordings.Select(w => string.Join(" ", new[] { prefix, w, suffix }.Where(s => s.Length > 0)))], Weight: weight,
            Varied: new HashSet<int> { before.Count }, Topic: topic));
    }

    /// <summary>Folded as the index's terms are, for looking up a form typed by a person.</summary>
    public static string Normal(string text) => VariantList.Normal(TextFolding.Fold(text));
}
