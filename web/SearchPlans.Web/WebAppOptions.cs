namespace SearchPlans.Web;

/// <summary>Where the web app finds its index, and how often it looks for a newer generation of it.</summary>
/// <param name="IndexDirectory">A folder built by `searchplans index`; the app never builds one itself.</param>
public sealed record WebAppOptions(string IndexDirectory)
{
    /// <summary>How often the server checks whether a build has published a new generation.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A reviewers file (`searchplans review add-reviewer` writes it): reviewers sign in with its passwords.</summary>
    public string? ReviewersFile { get; init; }

    /// <summary>
    /// A request header a reverse proxy in front of the server sets to the reviewer it has authenticated; trusted
    /// only when named here, since anyone reaching the server directly could set it.
    /// </summary>
    public string? ReviewerHeader { get; init; }

    /// <summary>Whether the server listens on loopback addresses only, where every visitor is someone on this machine.</summary>
    public bool LoopbackOnly { get; init; } = true;

    /// <summary>
    /// Judging needs a signed-in reviewer whenever the server can be reached from elsewhere, or reviewers are
    /// configured at all; on loopback with no reviewers anyone at the machine judges under the name they type.
    /// </summary>
    public bool JudgingNeedsSignIn => !LoopbackOnly || ReviewersFile is not null || ReviewerHeader is not null;

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
