using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;

namespace SearchPlans.FitConfidence;

/// <summary>The fitted logistic model's weights in the measures' own units, as SubjectConfidence holds them.</summary>
public static class Coefficients
{
    /// <remarks>
    /// The model saw min–max scaled measures (each divided by its largest absolute value in the training rows), so a
    /// weight in the measure's own units is the fitted weight over that largest value.
    /// </remarks>
    public static string Of(ITransformer fitted, IReadOnlyList<JudgedPair> train)
    {
        var last = ((IEnumerable<ITransformer>)fitted).Last();
        var model = ((ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>)last).Model.SubModel;
        var weights = model.Weights.ToList();
        var parts = JudgedPair.Measures.Select((m, i) => (m, Weight: weights[i] / Math.Max(1e-9, train.Max(r => Math.Abs(r.Value(m))))));
        return string.Join(", ", [$"intercept {model.Bias.ToString("0.####", CultureInfo.InvariantCulture)}",
            .. parts.Select(p => $"{p.m} {p.Weight.ToString("0.####", CultureInfo.InvariantCulture)}")]);
    }
}
