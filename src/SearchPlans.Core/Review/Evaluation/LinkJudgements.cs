namespace SearchPlans.Review.Evaluation;

/// <summary>What a reader made of a link from its two texts alone, without its score, kind or confidence.</summary>
public enum BlindLabel
{
    /// <summary>E: the same obligation, allowing added or dropped detail.</summary>
    Equivalent,

    /// <summary>R: not the same task, but the same specific subject, or one covers part of the other.</summary>
    Related,

    /// <summary>N: only generic wording or boilerplate in common.</summary>
    Noise,
}

/// <summary>Two plans every link between which was judged, and the split the pair belongs to.</summary>
public sealed record JudgedPlanPair(string PlanA, string PlanB, string Split)
{
    public bool Joins(string? a, string? b) => (a == PlanA && b == PlanB) || (a == PlanB && b == PlanA);
}

/// <summary>One judged link; the requirements may be given in either order.</summary>
public sealed record JudgedLink(string PlanA, string RequirementA, string PlanB, string RequirementB, BlindLabel Label, string Note, int Line);

/// <summary>
/// A file of blind judgements: lines "# judged PLAN_A PLAN_B SPLIT" declare the plan pairs whose every link was read,
/// and each other line is plan A, requirement A, plan B, requirement B, label (E, R or N) and an optional note,
/// separated by tabs. Further columns (the texts a blind sheet prints) are ignored.
/// </summary>
public sealed record LinkJudgements(IReadOnlyList<JudgedPlanPair> PlanPairs, IReadOnlyList<JudgedLink> Links)
{
    private readonly Dictionary<(string, string), BlindLabel> labels = ByRequirements(Links);

    /// <exception cref="FormatException">A line is malformed; the message names the file and the line.</exception>
    public static LinkJudgements Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <exception cref="FormatException">A line is malformed; the message names the source and the line.</exception>
    public static LinkJudgements Parse(string text, string sourceName)
    {
        var pairs = new List<JudgedPlanPair>();
        var links = new List<JudgedLink>();
        var judged = new HashSet<(string, string)>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            string Where() => $"{sourceName}, line {n + 1}";
            if (line.StartsWith('#'))
            {
                if (cells[0] != "# judged")
                    continue;
                if (cells.Length < 4 || cells[1..4].Any(c => c.Length == 0))
                    throw new FormatException($"{Where()}: \"# judged\" needs plan A, plan B and a split, separated by tabs.");
                if (cells[3] == BlindPrecisionEvaluator.All)
                    throw new FormatException($"{Where()}: the split \"{BlindPrecisionEvaluator.All}\" is the name of the figures over every split; call it something else.");
                if (pairs.Any(p => p.Joins(cells[1], cells[2])))
                    throw new FormatException($"{Where()}: {cells[1]} and {cells[2]} are declared twice.");
                pairs.Add(new JudgedPlanPair(cells[1], cells[2], cells[3]));
                continue;
            }
            if (line.Trim().Length == 0)
                continue;
            if (cells.Length < 5 || cells[..4].Any(c => c.Length == 0))
                throw new FormatException($"{Where()}: expected plan A, requirement A, plan B, requirement B and a label, separated by tabs.");
            var label = cells[4] switch
            {
                "E" => BlindLabel.Equivalent,
                "R" => BlindLabel.Related,
                "N" => BlindLabel.Noise,
                "" => throw new FormatException($"{Where()}: {cells[1]} ~ {cells[3]} has no label yet (E, R or N)."),
                var other => throw new FormatException($"{Where()}: unknown label \"{other}\" (E, R or N)."),
            };
            if (!judged.Add(Key(cells[1], cells[3])))
                throw new FormatException($"{Where()}: {cells[1]} ~ {cells[3]} is judged twice.");
            links.Add(new JudgedLink(cells[0], cells[1], cells[2], cells[3], label, cells.Length > 5 ? cells[5] : "", n + 1));
        }
        return new LinkJudgements(pairs, links);
    }

    /// <summary>The label of the link between two requirements, in either order; null when it was not judged.</summary>
    public BlindLabel? LabelOf(string requirementA, string requirementB) =>
        labels.TryGetValue(Key(requirementA, requirementB), out var label) ? label : null;

    /// <summary>The declared pair two plans form, in either order; null when their links were not all judged.</summary>
    public JudgedPlanPair? PairOf(string? planA, string? planB) => PlanPairs.FirstOrDefault(p => p.Joins(planA, planB));

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static Dictionary<(string, string), BlindLabel> ByRequirements(IEnumerable<JudgedLink> links)
    {
        var labels = new Dictionary<(string, string), BlindLabel>();
        foreach (var link in links)
            labels.TryAdd(Key(link.RequirementA, link.RequirementB), link.Label);
        return labels;
    }
}
