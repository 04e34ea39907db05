using System.Globalization;
using SearchPlans.Localization;
using SearchPlans.Model;

namespace SearchPlans.Review.Evaluation;

/// <summary>Precision, recall and F1 for one kind of link.</summary>
public sealed record KindScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The evaluation of predicted links against a gold set, with the pairs that went wrong.</summary>
public sealed record LinkEvaluation(KindScore Equivalent, KindScore Related, IReadOnlyList<EngineMessage> Errors);

/// <summary>
/// Compares predicted links with gold judgements. A pair counts for the kind the gold gives it; a predicted
/// equivalent between two plans the gold covers exhaustively, and not in the gold, is a false positive.
/// </summary>
public static class LinkEvaluator
{
    /// <summary>Evaluates the pairs of one split (null: all); every gold pair, of any split, counts as judged.</summary>
    public static LinkEvaluation Evaluate(GoldSet gold, IReadOnlyList<RequirementLink> links, Func<string, string?> planOf, string? split = null)
    {
        var predicted = new Dictionary<(string, string), LinkKind>();
        foreach (var l in links)
        {
            predicted[(l.Source, l.Target)] = l.Kind;
            predicted[(l.Target, l.Source)] = l.Kind;
        }
        LinkKind? Predicted(string a, string b) => predicted.TryGetValue((a, b), out var k) ? k : null;

        int eqTp = 0, eqFp = 0, eqFn = 0, relTp = 0, relFp = 0, relFn = 0;
        var errors = new List<EngineMessage>();
        var judged = Judged(gold);
        foreach (var g in gold.Pairs.Where(p => p.Target is not null && (split is null || p.Split == split)))
        {
            var p = Predicted(g.Source, g.Target!);
            switch (g.Judgement)
            {
                case GoldJudgement.Equivalent when p == LinkKind.Equivalent: eqTp++; break;
                case GoldJudgement.Equivalent:
                    eqFn++;
                    if (p == LinkKind.Related)
                        relFp++;
                    errors.Add(new EngineMessage("missed equivalent {0} ~ {1} (predicted {2}) [{3}]", g.Source, g.Target!, KindName(p), g.Note));
                    break;
                case GoldJudgement.Related when p == LinkKind.Related: relTp++; break;
                case GoldJudgement.Related:
                    relFn++;
                    if (p == LinkKind.Equivalent)
                        eqFp++;
                    errors.Add(new EngineMessage("missed related {0} ~ {1} (predicted {2}) [{3}]", g.Source, g.Target!, KindName(p), g.Note));
                    break;
                case GoldJudgement.None when p is { } kind:
                    if (kind == LinkKind.Equivalent)
                        eqFp++;
                    else
                        relFp++;
                    errors.Add(new EngineMessage("linked a must-not-link pair {0} ~ {1} as {2} [{3}]", g.Source, g.Target!, KindName(kind), g.Note));
                    break;
            }
        }

        // Predicted equivalents inside exhaustively labelled plan pairs that the gold does not list.
        var covered = gold.Exhaustive.SelectMany(e => new[] { (e.PlanA, e.PlanB), (e.PlanB, e.PlanA) }).ToHashSet();
        var sources = gold.Pairs.Where(p => split is null || p.Split == split).Select(p => p.Source).ToHashSet();
        foreach (var l in links.Where(l => l.Kind == LinkKind.Equivalent && !judged.Contains((l.Source, l.Target))))
        {
            var (pa, pb) = (planOf(l.Source), planOf(l.Target));
            if (pa is null || pb is null || !covered.Contains((pa, pb)))
                continue;
            // With a split selected, only count links that touch a requirement of that split.
            if (!sources.Contains(l.Source) && !sources.Contains(l.Target))
                continue;
            eqFp++;
            errors.Add(new EngineMessage("equivalent not in the exhaustive gold: {0} ~ {1} ({2})", l.Source, l.Target, l.Score.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        return new LinkEvaluation(new KindScore(eqTp, eqFp, eqFn), new KindScore(relTp, relFp, relFn), errors);
    }

    private static EngineMessage KindName(LinkKind? kind) => new(kind?.ToString() ?? "nothing");

    /// <summary>
    /// For each pair of plans the gold labels exhaustively, the related links between them that it does not list.
    /// They count as neither right nor wrong above, since a gold file judges the pairs it names; many of them is a
    /// sign that related links are made on wording alone.
    /// </summary>
    public static IReadOnlyList<(string PlanA, string PlanB, int Links)> UnlistedRelated(
        GoldSet gold, IReadOnlyList<RequirementLink> links, Func<string, string?> planOf)
    {
        var judged = Judged(gold);
        return [.. gold.Exhaustive.Select(e => (e.PlanA, e.PlanB, links.Count(l =>
            l.Kind == LinkKind.Related && !judged.Contains((l.Source, l.Target))
            && (planOf(l.Source), planOf(l.Target)) is var (a, b)
            && ((a == e.PlanA && b == e.PlanB) || (a == e.PlanB && b == e.PlanA)))))];
    }

    // Every pair the gold names, in both directions, whatever it judges it.
    private static HashSet<(string, string)> Judged(GoldSet gold) =>
        gold.Pairs.Where(p => p.Target is not null)
            .SelectMany(p => new[] { (p.Source, p.Target!), (p.Target!, p.Source) }).ToHashSet();
}
