using SearchPlans.Model;

namespace SearchPlans.Review.Evaluation;

/// <summary>How the links of one tier were judged; links nobody judged yet are counted apart, never guessed.</summary>
public sealed record LabelCounts(int Equivalent, int Related, int Noise, int Unjudged)
{
    public int Judged => Equivalent + Related + Noise;

    /// <summary>
    /// The share judged E or R: for related links, those worth showing; for equivalents, those not wrong. None when
    /// no link was judged.
    /// </summary>
    public double? Useful => Judged == 0 ? null : (double)(Equivalent + Related) / Judged;

    /// <summary>The share judged E: for equivalent links, those that are truly the same obligation.</summary>
    public double? SameObligation => Judged == 0 ? null : (double)Equivalent / Judged;

    internal LabelCounts Add(BlindLabel? label) => label switch
    {
        BlindLabel.Equivalent => this with { Equivalent = Equivalent + 1 },
        BlindLabel.Related => this with { Related = Related + 1 },
        BlindLabel.Noise => this with { Noise = Noise + 1 },
        _ => this with { Unjudged = Unjudged + 1 },
    };

    internal static LabelCounts None { get; } = new(0, 0, 0, 0);
}

/// <summary>
/// Precision by blind judgement for one split: every link between its plan pairs, by what pages show it as. Related
/// links are the confident ones, shown as related; doubtful ones are listed apart, collapsed.
/// </summary>
public sealed record BlindPrecision(string Split, LabelCounts Equivalent, LabelCounts Related, LabelCounts Doubtful);

/// <summary>Scores the links between judged plan pairs against the blind judgements.</summary>
public static class BlindPrecisionEvaluator
{
    /// <summary>One result per split, in the file's order, then "all".</summary>
    public static IReadOnlyList<BlindPrecision> Evaluate(LinkJudgements judgements, IEnumerable<RequirementLink> links, Func<string, string?> planOf)
    {
        var splits = judgements.PlanPairs.Select(p => p.Split).Distinct().ToList();
        var counts = splits.Append(All).ToDictionary(s => s, _ => (Eq: LabelCounts.None, Rel: LabelCounts.None, Doubt: LabelCounts.None));
        foreach (var link in links)
        {
            if (judgements.PairOf(planOf(link.Source), planOf(link.Target)) is not { } pair)
                continue;
            var label = judgements.LabelOf(link.Source, link.Target);
            foreach (var split in new[] { pair.Split, All })
            {
                var c = counts[split];
                counts[split] = link.Kind == LinkKind.Equivalent ? c with { Eq = c.Eq.Add(label) }
                    : link.Confidence == LinkConfidence.Doubtful ? c with { Doubt = c.Doubt.Add(label) }
                    : c with { Rel = c.Rel.Add(label) };
            }
        }
        return [.. counts.Select(c => new BlindPrecision(c.Key, c.Value.Eq, c.Value.Rel, c.Value.Doubt))];
    }

    /// <summary>
    /// The links between judged plan pairs that no judgement covers, each read from plan A's side: the ones to judge
    /// (blind) before the figures count them.
    /// </summary>
    public static IReadOnlyList<(JudgedPlanPair Pair, RequirementLink Link)> Unjudged(
        LinkJudgements judgements, IEnumerable<RequirementLink> links, Func<string, string?> planOf)
    {
        var unjudged = new List<(JudgedPlanPair, RequirementLink)>();
        foreach (var link in links)
        {
            if (judgements.PairOf(planOf(link.Source), planOf(link.Target)) is not { } pair
                || judgements.LabelOf(link.Source, link.Target) is not null)
                continue;
            unjudged.Add((pair, planOf(link.Source) == pair.PlanA ? link : link.Reversed()));
        }
        return unjudged;
    }

    /// <summary>The name of the result over every split.</summary>
    public const string All = "all";
}
