using System.Diagnostics;
using System.Text.Json;

namespace SearchPlans.Tools.Bench;

/// <summary>
/// Runs one stage of the bench (a build, a server) as a child `searchplans-tools` process and reads the figures it
/// prints as JSON.
/// </summary>
/// <remarks>
/// A process's peak resident set only ever rises, and the GC keeps memory it has freed: measured inside the bench,
/// a size's build would be charged with the generator, the sizes before it and every garbage left behind. A process
/// per stage starts empty, so its peak is that stage's, as a user running `searchplans index` sees it.
/// </remarks>
internal static class StageProcess
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What a stage's process prints: its figures, as the one line <see cref="Run"/> reads.</summary>
    public static int Print<T>(CliEnvironment env, T report)
    {
        env.Out.WriteLine(JsonSerializer.Serialize(report, Json));
        return ExitCodes.Success;
    }

    /// <exception cref="InvalidOperationException">The stage failed or printed no figures; the message holds its error output.</exception>
    public static T Run<T>(IReadOnlyList<string> arguments)
    {
        var start = Launcher();
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        // Both streams are read to the end together, so neither fills its pipe while the other is waited on.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the bench's `{arguments[0]}` stage exited with {process.ExitCode}: {error.Result.Trim()}");
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return (lastLine is null ? default : JsonSerializer.Deserialize<T>(lastLine, Json))
            ?? throw new InvalidOperationException($"the bench's `{arguments[0]}` stage printed no figures: {error.Result.Trim()}");
    }

    // The tools' own executable beside this assembly, or the assembly run by the dotnet host that runs this process.
    private static ProcessStartInfo Launcher()
    {
        var assembly = typeof(StageProcess).Assembly.Location;
        var executable = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(executable))
            return new ProcessStartInfo(executable);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
            ?? (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet");
        var start = new ProcessStartInfo(host);
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        return start;
    }
}
