namespace SearchPlans.Review.Evaluation;

/// <summary>What a person judged about a pair: the same obligation, related, or must not link.</summary>
public enum GoldJudgement
{
    Equivalent,
    Related,
    None,
}

/// <summary>One labelled pair; Target is null for "this requirement has no counterpart in the other plan".</summary>
public sealed record GoldPair(string Source, string? Target, GoldJudgement Judgement, string Split, string Note, int Line);

/// <summary>
/// A gold file: tab-separated source, target, kind, split, note. A line "# exhaustive PLAN_A PLAN_B" says every
/// equivalent link between those two plans is listed, so any other predicted equivalent between them is wrong.
/// </summary>
public sealed record GoldSet(IReadOnlyList<GoldPair> Pairs, IReadOnlyList<(string PlanA, string PlanB)> Exhaustive)
{
    public static GoldSet Load(string path)
    {
        var pairs = new List<GoldPair>();
        var exhaustive = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            var cells = line.Split('\t');
            if (line.StartsWith('#'))
            {
                if (cells[0].Trim() == "# exhaustive" && cells.Length >= 3)
                    exhaustive.Add((cells[1].Trim(), cells[2].Trim()));
                continue;
            }
            if (cells[0] == "source")
                continue;
            if (cells.Length < 3)
                throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: expected source, target, kind, split, note separated by tabs");
            var judgement = cells[2].Trim() switch
            {
                "equivalent" => GoldJudgement.Equivalent,
                "related" => GoldJudgement.Related,
                "none" => GoldJudgement.None,
                var k => throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: unknown kind \"{k}\" (equivalent, related or none)"),
            };
            var target = cells[1].Trim() is "-" or "" ? null : cells[1].Trim();
            pairs.Add(new GoldPair(cells[0].Trim(), target, judgement, cells.Length > 3 ? cells[3].Trim() : "tune", cells.Length > 4 ? cells[4].Trim() : "", lineNumber));
        }
        return new GoldSet(pairs, exhaustive);
    }

    public GoldSet Only(string split) => this with { Pairs = [.. Pairs.Where(p => p.Split == split)] };
}
