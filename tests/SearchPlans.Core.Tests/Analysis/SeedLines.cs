namespace SearchPlans.Core.Tests.Analysis;

/// <summary>The lines of the real plan texts in seeds/, found by walking up from the test binaries.</summary>
internal static class SeedLines
{
    private static readonly Lazy<IReadOnlyList<string>> Lines = new(Load);

    public static IReadOnlyList<string> All => Lines.Value;

    private static IReadOnlyList<string> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "SearchPlans.sln")) && Directory.Exists(seeds))
            {
                return Directory.EnumerateFiles(seeds).Order(StringComparer.Ordinal)
                    .SelectMany(File.ReadAllLines).Where(line => line.Length > 0).ToList();
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above the test binaries");
    }
}
