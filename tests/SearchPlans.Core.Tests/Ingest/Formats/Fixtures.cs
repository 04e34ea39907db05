namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>The committed files of <c>Ingest/Formats/fixtures/</c> (see the README there for how each was made).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Ingest", "Formats", "fixtures", name);
}
