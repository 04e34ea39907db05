using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Ingest;

/// <summary>
/// The no-text-lost invariant: every non-white-space character of the source ends up in exactly one of the
/// metadata lines, a section title, a requirement's own fields (number, text, units, deadline, criteria), the
/// kept remainder, or the removed markup. Inherited units and deadlines are not counted again.
/// </summary>
public static class TextAccount
{
    /// <summary>Everything the plan holds that came from the source, each character once.</summary>
    public static string Collected(IngestResult result)
    {
        var all = new StringBuilder(result.RemovedMarkup);
        if (result.Plan is not { } plan)
            return all.ToString();
        foreach (var piece in plan.Remainder)
            all.Append(piece.Text);
        AppendTitles(plan.Sections, all);
        foreach (var r in plan.Requirements)
        {
            all.Append(r.Number).Append(r.Text);
            if (!r.UnitsInherited)
                all.Append(r.UnitsText);
            if (!r.DeadlineInherited)
                all.Append(r.Deadline);
            foreach (var c in r.Criteria)
                all.Append(c);
        }
        return all.ToString();
    }

    /// <summary>Characters in the source that the result does not hold, and (prefixed with +) ones it holds twice; "" when all is well.</summary>
    public static string Unaccounted(string source, IngestResult result)
    {
        var expected = CharacterCount.Histogram(source);
        var actual = CharacterCount.Histogram(Collected(result));
        var missing = new StringBuilder();
        var extra = new StringBuilder();
        foreach (var (c, n) in expected)
            missing.Append(c, Math.Max(0, n - actual.GetValueOrDefault(c)));
        foreach (var (c, n) in actual)
            extra.Append(c, Math.Max(0, n - expected.GetValueOrDefault(c)));
        return extra.Length == 0 ? missing.ToString() : $"{missing} +{extra}";
    }

    private static void AppendTitles(IEnumerable<Section> sections, StringBuilder all)
    {
        foreach (var s in sections)
        {
            all.Append(s.Title);
            AppendTitles(s.Children, all);
        }
    }
}
