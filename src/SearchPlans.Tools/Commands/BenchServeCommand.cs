using System.CommandLine;
using SearchPlans.Tools.Bench;

namespace SearchPlans.Tools.Commands;

/// <summary>
/// `searchplans-tools bench-serve`: the web app over one size's index, asked the bench's query mix, in a process of
/// its own so its resident set is the server's (<see cref="StageProcess"/>). Hidden: the bench runs it.
/// </summary>
internal sealed class BenchServeCommand : Command
{
    private const string Stage = "bench-serve";

    private static readonly Option<string> Index = new("--index") { Description = "The index folder to serve", Required = true };

    private static readonly Option<int> Year = new("--year") { Description = "The year the filtered queries ask for", Required = true };

    private static readonly Option<int> Rounds = new("--rounds") { Description = "How many times the query mix is asked", DefaultValueFactory = _ => 1 };

    public BenchServeCommand(CliEnvironment env) : base(Stage, "Serve one size of the bench, ask the query mix and print the server's memory as JSON.")
    {
        Hidden = true;
        Options.Add(Index);
        Options.Add(Year);
        Options.Add(Rounds);
        SetAction(async (parse, _) =>
        {
            var report = await ServingStage.Run(parse.GetValue(Index)!, parse.GetValue(Year), parse.GetValue(Rounds));
            return StageProcess.Print(env, report);
        });
    }

    public static IReadOnlyList<string> StageArguments(string index, int year, int rounds) =>
        [Stage, "--index", index, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--rounds", rounds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
