using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest.RealPlans;

/// <summary>
/// Twenty real plans from government sites and their mirrors (the first 2 KB of each page), none of them written for,
/// with what a person reading them found: manifest.tsv (jurisdiction, level, year) and items.tsv (sample tasks with
/// their unit and deadline). Read once for all tests.
/// </summary>
public static class RealPlans
{
    private static readonly PlanFolder Folder = new("Ingest", "RealPlans", "plans");

    public static string Directory => Folder.Directory;

    public static IReadOnlyList<IngestResult> Results => Folder.Results;

    public static Plan Plan(string file) => Folder.Plan(file);

    public static IngestResult Result(string file) => Folder.Result(file);

    public static IReadOnlyList<Dictionary<string, string>> Manifest => Table("manifest.tsv");

    public static IReadOnlyList<Dictionary<string, string>> Items => Table("items.tsv");

    /// <summary>Only the Chinese characters of a text, as the samples were compared by the people who took them.</summary>
    public static string Han(string? text) =>
        new([.. (text ?? "").Where(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')]);

    private static List<Dictionary<string, string>> Table(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name));
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split('\t');
            return header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.v);
        })];
    }
}
