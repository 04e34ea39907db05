using SearchPlans.Align.Scoring;
using SearchPlans.Review.Evaluation;

namespace SearchPlans.FitConfidence;

/// <summary>One judged related link as ML.NET reads it: the measures <see cref="SubjectConfidence"/> weighs, and E or R as true.</summary>
public sealed class JudgedPair
{
    /// <summary>The measures, in the order the coefficients are printed.</summary>
    public static string[] Measures { get; } =
        [nameof(WordCosine), nameof(Score), nameof(SharedRare), nameof(Lower), nameof(Upper), nameof(SharedTopic), nameof(DifferentTopics), nameof(SubjectCover), nameof(Section)];

    public string Split { get; set; } = "";

    public bool Label { get; set; }

    public float WordCosine { get; set; }

    public float Score { get; set; }

    /// <summary>log(1 + shared rare mass).</summary>
    public float SharedRare { get; set; }

    public float Lower { get; set; }

    public float Upper { get; set; }

    public float SharedTopic { get; set; }

    public float DifferentTopics { get; set; }

    public float SubjectCover { get; set; }

    public float Section { get; set; }

    /// <summary>Not a column ML.NET reads: kept to score the pair with the model in use.</summary>
    [Microsoft.ML.Data.NoColumn]
    public PairEvidence Evidence { get; set; } = null!;

    public static JudgedPair Of(string split, BlindLabel label, PairEvidence e) => new()
    {
        Split = split,
        Label = label != BlindLabel.Noise,
        WordCosine = (float)e.WordCosine,
        Score = (float)LinkClassifier.Score(e),
        SharedRare = (float)Math.Log(1 + e.SharedRareMass),
        Lower = (float)Math.Min(e.AInB, e.BInA),
        Upper = (float)Math.Max(e.AInB, e.BInA),
        SharedTopic = e.SharedTopics.Count > 0 ? 1 : 0,
        DifferentTopics = e.OnDifferentTopics ? 1 : 0,
        SubjectCover = (float)e.SubjectCover,
        Section = (float)e.SectionOverlap,
        Evidence = e,
    };

    public double Value(string measure) => (float)typeof(JudgedPair).GetProperty(measure)!.GetValue(this)!;
}
