using System.CommandLine;
using SearchPlans.Contracts;

namespace SearchPlans.Tools;

/// <summary>A measurement report written as JSON to the file --out names, beside the table shown.</summary>
internal static class ReportFile
{
    public static readonly Option<string?> Option = new("--out") { Description = "Also write the report as JSON to this file", HelpName = "FILE.json" };

    /// <summary>Writes the report if --out names a file, and says where.</summary>
    public static void Write<T>(CliEnvironment env, ParseResult parse, T report)
    {
        if (parse.GetValue(Option) is not { } path)
            return;
        using (var file = new StreamWriter(path))
            ContractJson.ForFiles.Write(file, report);
        env.Error.WriteLine($"searchplans: report written to {path}");
    }
}
