using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchPlans.Cli.Output;

/// <summary>JSON output: camelCase names, nulls written, Chinese left readable rather than \u-escaped.</summary>
internal static class Json
{
    // The relaxed encoder leaves CJK and 【】 as they are; the output is data for programs, never embedded in HTML.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));

    /// <summary>Writes a measurement report to the file --out names, if it names one, and says where.</summary>
    public static void WriteReport<T>(CliEnvironment env, System.CommandLine.ParseResult parse, T report)
    {
        if (parse.GetValue(CommonOptions.ReportOut) is not { } path)
            return;
        using (var file = new StreamWriter(path))
            Write(file, report);
        env.Error.WriteLine($"searchplans: report written to {path}");
    }
}
