using System.Globalization;

namespace SearchPlans.Review;

/// <summary>
/// Writes the judgements in force as a gold file in the format <c>searchplans eval --gold</c> reads (see
/// <see cref="Evaluation.GoldSet"/>): source, target, kind, split, note, tab-separated. Confirmed and added
/// pairs keep their kind, rejected ones become <c>none</c> (must not link); every pair is in the split "review".
/// </summary>
public static class GoldExport
{
    public const string Split = "review";

    public static void Write(TextWriter writer, IEnumerable<LinkJudgement> current)
    {
        writer.Write("# Gold pairs exported from the review database: the judgement in force for each pair.\n");
        writer.Write("# kind: equivalent or related (confirmed or added links), none (rejected links: must not link).\n");
        writer.Write("source\ttarget\tkind\tsplit\tnote\n");
        foreach (var j in current.OrderBy(j => j.Source, StringComparer.Ordinal).ThenBy(j => j.Target, StringComparer.Ordinal))
            writer.Write($"{j.Source}\t{j.Target}\t{StoredNames.Of(j.Kind)}\t{Split}\t{Note(j)}\n");
    }

    public static string ToText(IEnumerable<LinkJudgement> current)
    {
        using var writer = new StringWriter();
        Write(writer, current);
        return writer.ToString();
    }

    // The note is the last cell of a line: tabs and line breaks in it would break the row.
    private static string Note(LinkJudgement j)
    {
        var who = j.Reviewer.Length > 0 ? $" by {j.Reviewer}" : "";
        var text = string.Create(CultureInfo.InvariantCulture, $"{StoredNames.Of(j.Verdict)}{who} {j.JudgedAt:yyyy-MM-dd}")
            + (j.Note.Length > 0 ? ": " + j.Note : "");
        return string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
