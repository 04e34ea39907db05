using Lucene.Net.Analysis.TokenAttributes;
using SearchPlans.Analysis;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Normalises values of exact fields the same way at index time and at query time.</summary>
public static class ExactTerms
{
    /// <summary>
    /// Runs the exact analyzer (keyword + folding) rather than calling the folding directly,
    /// so whatever that analyzer folds, indexed values and filters agree.
    /// </summary>
    public static string Normalize(string value)
    {
        var trimmed = value.Trim();
        using var stream = PlanAnalyzers.Exact.GetTokenStream(IndexFields.Units, trimmed);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : TextFolding.Fold(trimmed);
        stream.End();
        return result;
    }

    /// <summary>The level as indexed and as shown in JSON: the enum name in lower case ("city").</summary>
    public static string Level(AdminLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>Every level name users may filter on.</summary>
    public static IReadOnlyList<string> LevelNames { get; } = Enum.GetValues<AdminLevel>().Select(Level).ToArray();
}
