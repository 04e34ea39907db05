namespace SearchPlans.Web;

/// <summary>Where the web app finds its index.</summary>
/// <param name="IndexDirectory">A folder built by `searchplans index`; the app never builds one itself.</param>
public sealed record WebAppOptions(string IndexDirectory)
{
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
