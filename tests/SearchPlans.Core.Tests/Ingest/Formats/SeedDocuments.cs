using SearchPlans.Ingest;
using SearchPlans.Ingest.Formats;
using SearchPlans.Model;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>The seed plans as the documents they came from, and the check that a document reads as its text file.</summary>
internal static class SeedDocuments
{
    public static IReadOnlyList<string> Files => [.. Seeds.Results.Select(r => r.SourceName)];

    public static TheoryData<string> Names => [.. Files];

    public static string Text(string seed) => File.ReadAllText(Path.Combine(Seeds.SeedDirectory, seed));

    public static List<DocumentBlock> Blocks(string seed) => SeedLayout.Blocks(Text(seed));

    public static IngestResult TextResult(string seed) => Seeds.Results.Single(r => r.SourceName == seed);

    public static HtmlPageWriter.Page PageFor(string seed)
    {
        var plan = TextResult(seed).Plan!;
        return new HtmlPageWriter.Page(plan.Issuer ?? plan.Jurisdiction.Name, plan.Issued?.ToString("yyyy-MM-dd") ?? $"{plan.Year}-06-30",
            $"00000000/{plan.Year}-00042", [($"{plan.Title}.docx", $"./P0{plan.Year}0630.docx")]);
    }

    /// <summary>Same count, texts, units and deadlines, and the same place and year; white space is layout, not text.</summary>
    public static void AssertSameRequirements(IngestResult expected, IngestResult actual)
    {
        Assert.True(actual.Succeeded, $"{actual.SourceName}: {actual.Error}");
        Assert.DoesNotContain(actual.Warnings, w => w.Contains("not accounted"));
        var (want, got) = (expected.Plan!, actual.Plan!);
        Assert.Equal(want.Jurisdiction.Name, got.Jurisdiction.Name);
        Assert.Equal(want.Year, got.Year);
        Assert.Equal(want.Requirements.Select(Summary), got.Requirements.Select(Summary));
    }

    private static string Summary(Requirement r) =>
        $"{Compact(r.Text)} | {Compact(r.UnitsText)} | {Compact(r.Deadline)}";

    private static string Compact(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
