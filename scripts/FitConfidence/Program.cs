// Fits the related-link confidence on the blind judgements and compares it with tree ensembles:
//   dotnet run --project scripts/FitConfidence -c Release -- PLANS_DIR JUDGED.tsv[,JUDGED.tsv…] [TRAIN_SPLITS] [TARGET]
// PLANS_DIR holds the plans to link (the seeds, or the seeds and the real plans); TRAIN_SPLITS (default tune,tune2) are
// the splits models are fitted on; TARGET (default 0.92) is the out-of-fold precision the cut-off must reach. Prints,
// per model, the cut-off, the out-of-fold figures on the training splits and, per split, how many related links would
// be confident and how many of them were judged E or R; then the logistic coefficients in the measures' own units.
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using SearchPlans.Align;
using SearchPlans.Align.Features;
using SearchPlans.Align.Scoring;
using SearchPlans.FitConfidence;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Review.Evaluation;

var plans = new PlanIngester().IngestDirectory(args[0]).Select(r => r.Plan).OfType<Plan>().ToList();
var trainSplits = (args.Length > 2 ? args[2] : "tune,tune2").Split(',');
var target = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 0.92;
var corpus = new Aligner().Link(new Corpus(plans));
var planOf = plans.SelectMany(p => p.Requirements.Select(r => (r.Id, Plan: p.Id))).ToDictionary(x => x.Id, x => x.Plan);
var profiles = new ProfileBuilder().Build(plans).ToDictionary(p => p.RequirementId);
var scorer = new EvidenceScorer(new RarityWeights(SeedReference.Frequencies));

var rows = new List<JudgedPair>();
foreach (var judgements in args[1].Split(',').Select(LinkJudgements.Load))
    foreach (var link in corpus.Links.Where(l => l.Kind == LinkKind.Related))
        if (judgements.PairOf(planOf[link.Source], planOf[link.Target]) is { } pair && judgements.LabelOf(link.Source, link.Target) is { } label)
            rows.Add(JudgedPair.Of(pair.Split, label, scorer.Measure(profiles[link.Source], profiles[link.Target])));
var train = rows.Where(r => trainSplits.Contains(r.Split)).ToList();
var splits = rows.Select(r => r.Split).Distinct().ToList();

var ml = new MLContext(seed: 7);
var models = new (string Name, IEstimator<ITransformer> Estimator)[]
{
    ("logistic", ml.Transforms.Concatenate("Features", JudgedPair.Measures).Append(ml.Transforms.NormalizeMinMax("Features"))
        .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression())),
    ("fasttree", ml.Transforms.Concatenate("Features", JudgedPair.Measures)
        .Append(ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 4, numberOfTrees: 60, minimumExampleCountPerLeaf: 15, learningRate: 0.1))),
    ("lightgbm", ml.Transforms.Concatenate("Features", JudgedPair.Measures)
        .Append(ml.BinaryClassification.Trainers.LightGbm(numberOfLeaves: 4, numberOfIterations: 60, minimumExampleCountPerLeaf: 15, learningRate: 0.1))),
};

Console.WriteLine($"{rows.Count} judged related links; fitted on {string.Join(", ", trainSplits)} ({train.Count}); cut-off for {target:0.00} out of fold");
Report("in use", SubjectConfidence.Fitted.Of, AlignmentThresholds.Default.ConfidentRelated, null);
foreach (var (name, estimator) in models)
{
    // Out-of-fold probabilities on the training rows (five folds), so the cut-off is set on links the fold never saw.
    var outOfFold = new double[train.Count];
    for (var fold = 0; fold < 5; fold++)
    {
        var fit = estimator.Fit(ml.Data.LoadFromEnumerable(train.Where((_, i) => i % 5 != fold)));
        var held = Enumerable.Range(0, train.Count).Where(i => i % 5 == fold).ToList();
        foreach (var (i, p) in held.Zip(Probabilities(fit, [.. held.Select(i => train[i])])))
            outOfFold[i] = p;
    }
    var cut = Enumerable.Range(1, 98).Select(c => c / 100.0).FirstOrDefault(c => Figures(train, i => outOfFold[i], c).Precision >= target, 0.99);
    var full = estimator.Fit(ml.Data.LoadFromEnumerable(train));
    var all = Probabilities(full, rows);
    var oof = Figures(train, i => outOfFold[i], cut);
    Console.WriteLine($"{name}: cut-off {cut:0.00}; out of fold precision {oof.Precision:0.000}, recall {oof.Recall:0.000}, AUC {Auc(train, i => outOfFold[i]):0.000}");
    Report(name, null, cut, i => trainSplits.Contains(rows[i].Split) ? outOfFold[train.IndexOf(rows[i])] : all[i]);
    if (name == "logistic")
        Console.WriteLine("  coefficients: " + Coefficients.Of(full, train));
}

void Report(string name, Func<PairEvidence, double, double>? model, double cut, Func<int, double>? probability)
{
    foreach (var split in splits)
    {
        var indices = Enumerable.Range(0, rows.Count).Where(i => rows[i].Split == split).ToList();
        var subset = indices.Select(i => rows[i]).ToList();
        var f = Figures(subset, k => probability?.Invoke(indices[k]) ?? model!(subset[k].Evidence, LinkClassifier.Score(subset[k].Evidence)), cut);
        Console.WriteLine($"  {name,-9} {split,-9} confident {f.Confident,4}: {f.Precision:0.000} useful, {f.Recall:0.000} of the useful");
    }
}

List<double> Probabilities(ITransformer fit, List<JudgedPair> pairs) =>
    [.. fit.Transform(ml.Data.LoadFromEnumerable(pairs)).GetColumn<float>("Probability").Select(p => (double)p)];

static (int Confident, double Precision, double Recall) Figures(List<JudgedPair> pairs, Func<int, double> p, double cut)
{
    var confident = Enumerable.Range(0, pairs.Count).Where(i => p(i) >= cut).ToList();
    var useful = confident.Count(i => pairs[i].Label);
    return (confident.Count, confident.Count == 0 ? 0 : (double)useful / confident.Count, (double)useful / Math.Max(1, pairs.Count(r => r.Label)));
}

static double Auc(List<JudgedPair> pairs, Func<int, double> p)
{
    var positive = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Label).Select(p).ToList();
    var negative = Enumerable.Range(0, pairs.Count).Where(i => !pairs[i].Label).Select(p).ToList();
    return positive.Sum(a => negative.Count(b => a > b) + 0.5 * negative.Count(b => a == b)) / ((double)positive.Count * negative.Count);
}
