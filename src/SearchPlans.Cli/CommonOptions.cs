using System.CommandLine;
using SearchPlans.Cli.Output;

namespace SearchPlans.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string> Index = new("--index")
    {
        Description = "The index folder",
        HelpName = "DIR",
        DefaultValueFactory = _ => "index",
    };

    public static readonly Option<string> Seeds = new("--seeds")
    {
        Description = "The folder of plan files to read (for search, docs and requirements: only when there is no index yet)",
        HelpName = "DIR",
        DefaultValueFactory = _ => "seeds",
    };

    /// <summary>Where `bench` and `load` also write their report as JSON.</summary>
    public static readonly Option<string?> ReportOut = new("--out") { Description = "Also write the report as JSON to this file", HelpName = "FILE.json" };

    // A string rather than the enum, so help and errors show the lower-case names users type.
    public static readonly Option<string> Format = CreateFormat();

    public static OutputFormat GetFormat(this ParseResult parse) =>
        Enum.Parse<OutputFormat>(parse.GetValue(Format) ?? nameof(OutputFormat.Text), ignoreCase: true);

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "text for people, json or csv for programs",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong([.. Enum.GetNames<OutputFormat>().Select(n => n.ToLowerInvariant())]);
        return option;
    }
}
