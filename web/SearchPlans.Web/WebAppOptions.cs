namespace SearchPlans.Web;

/// <summary>Where the web app finds its index, and how often it looks for a newer generation of it.</summary>
/// <param name="IndexDirectory">A folder built by `searchplans index`; the app never builds one itself.</param>
public sealed record WebAppOptions(string IndexDirectory)
{
    /// <summary>How often the server checks whether a build has published a new generation.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Reads <c>--index DIR</c> (or the <c>SEARCHPLANS_INDEX</c> environment variable), defaulting to "index".</summary>
    public static WebAppOptions FromConfiguration(string[] args)
    {
        var position = Array.IndexOf(args, "--index");
        var index = position >= 0 && position + 1 < args.Length
            ? args[position + 1]
            : Environment.GetEnvironmentVariable("SEARCHPLANS_INDEX") ?? "index";
        return new WebAppOptions(index);
    }
}
