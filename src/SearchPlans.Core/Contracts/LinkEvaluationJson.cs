namespace SearchPlans.Contracts;

/// <summary>One line of `searchplans eval --gold`: a split's precision, recall and F1 for one kind of link, rounded to 3 places.</summary>
public sealed record LinkScoreJson(string Split, string Kind, int TruePositives, int FalsePositives, int FalseNegatives,
    double Precision, double Recall, double F1) : ICsvRow<LinkScoreJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["split", "kind", "tp", "fp", "fn", "precision", "recall", "f1"];

    public IReadOnlyList<string?> CsvRow() =>
    [
        Split, Kind, Csv.Number(TruePositives), Csv.Number(FalsePositives), Csv.Number(FalseNegatives),
        Csv.Number(Precision, "0.000"), Csv.Number(Recall, "0.000"), Csv.Number(F1, "0.000"),
    ];
}

/// <summary>
/// One line of `searchplans eval --judged`: the blind judgements (E same obligation, R same subject, N only wording) of
/// one kind of link in a split; the shares leave unjudged links out and are null when none is judged.
/// </summary>
public sealed record JudgedLinksJson(string Split, string Links, int Count, int Equivalent, int Related, int Noise, int Unjudged,
    double? Useful, double? SameObligation) : ICsvRow<JudgedLinksJson>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["split", "links", "count", "e", "r", "n", "unjudged", "useful", "sameObligation"];

    public IReadOnlyList<string?> CsvRow() =>
    [
        Split, Links, Csv.Number(Count), Csv.Number(Equivalent), Csv.Number(Related), Csv.Number(Noise), Csv.Number(Unjudged),
        Csv.Number(Useful, "0.000"), Csv.Number(SameObligation, "0.000"),
    ];
}

/// <summary>`searchplans eval` with both a gold file and blind judgements, as JSON.</summary>
public sealed record LinkEvaluationJson(IReadOnlyList<LinkScoreJson> Gold, IReadOnlyList<JudgedLinksJson> Judged);
