using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Cli.Output;

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
        if (IndexOpening.Folder(env, parse) is not { } index)
            return ExitCodes.NoIndex;
        var units = IndexOpening.Units(index).Units.Select(UnitJson.From).ToList();
        FormattedOutput.Write(env, parse, units, output =>
        {
            var table = new TextTable(Text.Get("UNIT"), Text.Get("KIND"), Text.Get("REQUIREMENTS"), Text.Get("PLANS"), Text.Get("SPELLINGS")) { RightAligned = { 2, 3 } };
            foreach (var u in units)
                table.Add(u.Name, Text.Get(u.Group ? "group" : "body"), N(u.Requirements), N(u.Plans.Count), u.SpellingList());
            table.Write(output);
            output.WriteLine();
            output.WriteLine(Text.Format("{0} units ({1} bodies, {2} groups) from {3} spellings", units.Count, units.Count(u => !u.Group), units.Count(u => u.Group), units.Sum(u => u.Spellings.Count)));
        });
        return ExitCodes.Success;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
