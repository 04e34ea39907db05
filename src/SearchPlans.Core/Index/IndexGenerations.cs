using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchPlans.Index;

/// <summary>
/// Numbers, publishes and prunes the generations of an index folder. Publishing is one atomic rename of the
/// CURRENT file, so a process killed at any moment leaves either the old generation or the new one current.
/// </summary>
public static partial class IndexGenerations
{
    /// <summary>Generations kept besides the current one, for readers that opened them before the switch.</summary>
    private const int KeptPrevious = 1;

    [GeneratedRegex(@"^g(\d{6,})$")]
    private static partial Regex GenerationName();

    public static bool IsGenerationName(string name) => GenerationName().IsMatch(name);

    /// <summary>The generation folder CURRENT names, or null when there is no CURRENT file.</summary>
    public static string? ReadCurrent(string indexDirectory)
    {
        var pointer = Path.Combine(indexDirectory, IndexLayout.CurrentFileName);
        try
        {
            var name = File.ReadAllText(pointer).Trim();
            return IsGenerationName(name) ? Path.Combine(indexDirectory, name) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The complete generations, oldest first.</summary>
    public static IReadOnlyList<string> Complete(string indexDirectory) =>
        [.. All(indexDirectory).Where(IndexLayout.IsComplete)];

    /// <summary>A new, empty generation folder numbered after every existing one.</summary>
    public static string Create(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var next = All(indexDirectory).Select(Number).DefaultIfEmpty(0).Max() + 1;
        var folder = Path.Combine(indexDirectory, "g" + next.ToString("D6", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Marks a fully written generation complete, makes it current, and prunes what no reader needs.</summary>
    public static void Publish(string indexDirectory, string generation)
    {
        WriteDurably(Path.Combine(generation, IndexLayout.CompleteMarkerName), DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var pointer = Path.Combine(indexDirectory, IndexLayout.CurrentFileName);
        var temporary = pointer + ".tmp";
        WriteDurably(temporary, Path.GetFileName(generation));
        // rename(2) replaces the old pointer atomically: a reader sees the old name or the new one, never neither.
        File.Move(temporary, pointer, overwrite: true);
        Prune(indexDirectory, generation);
    }

    /// <summary>Removes a generation that will not be published (its build failed).</summary>
    public static void Discard(string generation) => TryDelete(generation);

    private static void Prune(string indexDirectory, string current)
    {
        var complete = Complete(indexDirectory).Where(g => g != current).ToList();
        foreach (var old in complete.Take(Math.Max(0, complete.Count - KeptPrevious)))
            TryDelete(old);
        // Unfinished generations older than the current one are builds that were killed.
        foreach (var unfinished in All(indexDirectory).Where(g => !IndexLayout.IsComplete(g) && Number(g) < Number(current)))
            TryDelete(unfinished);
    }

    private static IEnumerable<string> All(string indexDirectory) =>
        Directory.Exists(indexDirectory)
            ? Directory.EnumerateDirectories(indexDirectory).Where(d => IsGenerationName(Path.GetFileName(d))).OrderBy(Number)
            : [];

    private static long Number(string folder) =>
        long.Parse(GenerationName().Match(Path.GetFileName(folder)).Groups[1].Value, CultureInfo.InvariantCulture);

    private static void WriteDurably(string path, string content)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
            writer.Write(content);
        stream.Flush(flushToDisk: true);
    }

    // Cleanup is best effort: a leftover old generation is harmless and is pruned by the next build.
    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
