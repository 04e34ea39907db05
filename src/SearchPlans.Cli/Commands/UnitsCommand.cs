using System.CommandLine;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Cli.Output;
using SearchPlans.Units;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans units`: the responsible units, their spellings merged across plans into one name each.</summary>
internal sealed class UnitsCommand : Command
{
    public UnitsCommand(CliEnvironment env) : base("units", "List the responsible units, with every spelling the plans use for each.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var units = UnitClusterer.Cluster(corpus).Units.Select(UnitJson.From).ToList();
        FormattedOutput.Write(env, parse, units, output =>
        {
            var table = new TextTable("UNIT", "KIND", "REQUIREMENTS", "PLANS", "SPELLINGS") { RightAligned = { 2, 3 } };
            foreach (var u in units)
                table.Add(u.Name, u.Group ? "group" : "body", N(u.Requirements), N(u.Plans.Count), u.SpellingList());
            table.Write(output);
            output.WriteLine();
            output.WriteLine($"{units.Count} units ({units.Count(u => !u.Group)} bodies, {units.Count(u => u.Group)} groups) from {units.Sum(u => u.Spellings.Count)} spellings");
        });
        return ExitCodes.Success;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
