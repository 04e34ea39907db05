using System.Diagnostics;
using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// A fact that needs LibreOffice: skipped, saying why, where soffice is not installed (./test.sh installs it, so the
/// full suite runs it).
/// </summary>
public sealed class NeedsLibreOfficeFactAttribute : FactAttribute
{
    public NeedsLibreOfficeFactAttribute()
    {
        if (!LibreOfficeConverter.Installation.Installed)
            Skip = "LibreOffice (soffice) is not installed; ./test.sh installs it";
    }
}

/// <inheritdoc cref="NeedsLibreOfficeFactAttribute"/>
public sealed class NeedsLibreOfficeTheoryAttribute : TheoryAttribute
{
    public NeedsLibreOfficeTheoryAttribute()
    {
        if (!LibreOfficeConverter.Installation.Installed)
            Skip = "LibreOffice (soffice) is not installed; ./test.sh installs it";
    }
}

/// <summary>Converts files with LibreOffice as a person would, for fixtures only LibreOffice makes (PDF, .doc, .xls).</summary>
internal static class LibreOffice
{
    /// <summary>Converts every file of the folder to the format, into the same folder; waits for soffice, with a generous bound.</summary>
    public static void ConvertAll(string folder, string searchPattern, string format)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in new[] { $"-env:UserInstallation={new Uri(Path.Combine(folder, ".profile")).AbsoluteUri}", "--headless", "--convert-to", format, "--outdir", folder })
            start.ArgumentList.Add(argument);
        foreach (var file in Directory.EnumerateFiles(folder, searchPattern).Order())
            start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish converting within 5 minutes");
        }
        Assert.True(process.ExitCode == 0, $"soffice failed: {output.Result} {errors.Result}");
    }
}
