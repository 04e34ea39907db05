using System.CommandLine;
using SearchPlans.Contracts;

namespace SearchPlans.Cli.Output;

/// <summary>
/// The one place a listing command's --format is read: JSON and CSV for programs, from the shapes in
/// <see cref="SearchPlans.Contracts"/>, or the command's own text for people.
/// </summary>
internal static class FormattedOutput
{
    /// <summary>A list of rows: the list as JSON, the rows as CSV.</summary>
    public static void Write<TRow>(CliEnvironment env, ParseResult parse, IReadOnlyList<TRow> rows, Action<TextWriter> text)
        where TRow : ICsvRow<TRow> => Write(env, parse, rows, rows, text);

    /// <summary>A shape whose JSON holds more than its CSV rows (counts, facets, notes).</summary>
    public static void Write<TJson, TRow>(CliEnvironment env, ParseResult parse, TJson json, IEnumerable<TRow> csvRows, Action<TextWriter> text)
        where TRow : ICsvRow<TRow> =>
        Write(env, parse, json, writer => Csv.Write(writer, csvRows), text);

    /// <summary>A shape whose CSV the command lays out itself (columns that depend on the data).</summary>
    public static void Write<TJson>(CliEnvironment env, ParseResult parse, TJson json, Action<TextWriter> csv, Action<TextWriter> text)
    {
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                ContractJson.ForFiles.Write(env.Out, json);
                break;
            case OutputFormat.Csv:
                csv(env.Out);
                break;
            default:
                text(env.Out);
                break;
        }
    }
}
