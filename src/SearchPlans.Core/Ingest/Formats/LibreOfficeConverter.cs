using System.Diagnostics;
using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats;

/// <summary>
/// Converts the old binary formats (.doc, .wps) to .docx with LibreOffice (soffice --headless --convert-to), when it
/// is installed: each conversion has its own profile folder (two soffice processes sharing one wait on each other),
/// a bounded wait after which soffice is killed, and a temporary folder removed afterwards.
/// </summary>
/// <param name="timeout">How long one conversion may take; by default two minutes, where a plan takes a few seconds, the
/// first start of a fresh profile included.</param>
internal sealed class LibreOfficeConverter(string? soffice, TimeSpan? timeout = null)
{
    public TimeSpan Timeout { get; } = timeout ?? TimeSpan.FromSeconds(120);

    private static readonly Lazy<LibreOfficeConverter> OnPath = new(() => new(FindOnPath("soffice") ?? FindOnPath("libreoffice")));

    /// <summary>LibreOffice as installed on this machine (soffice on the PATH), or none.</summary>
    public static LibreOfficeConverter Installation => OnPath.Value;

    public static LibreOfficeConverter None { get; } = new(null);

    public bool Installed => soffice is not null;

    /// <returns>The converted file's bytes.</returns>
    public byte[] Convert(byte[] content, string extension, string targetExtension)
    {
        if (soffice is null)
            throw new InvalidOperationException("LibreOffice is not installed");
        var folder = Directory.CreateTempSubdirectory("searchplans-convert-");
        try
        {
            var input = Path.Combine(folder.FullName, "plan" + extension);
            File.WriteAllBytes(input, content);
            var output = Path.Combine(folder.FullName, "out");
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                $"-env:UserInstallation={new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri}",
                "--headless", "--norestore", "--convert-to", targetExtension.TrimStart('.'), "--outdir", output, input,
            })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new UnreadableDocumentException("LibreOffice (soffice) could not be started");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new UnreadableDocumentException("LibreOffice did not convert it within {0} s", EngineMessage.Figure(Timeout.TotalSeconds));
            }
            var converted = Path.Combine(output, "plan" + targetExtension);
            if (!File.Exists(converted))
                throw new UnreadableDocumentException("LibreOffice could not convert it ({0})", FirstLine(stderr.Result) ?? FirstLine(stdout.Result) ?? (object)new EngineMessage("exit code {0}", process.ExitCode));
            return File.ReadAllBytes(converted);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a killed soffice; the system's temporary folder is cleaned in time.
            }
        }
    }

    private static string? FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
