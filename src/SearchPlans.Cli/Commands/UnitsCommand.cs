using System.CommandLine;
using System.Globalization;
using SearchPlans.Contracts;
using SearchPlans.Cli.Output;
using SearchPlans.Units;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans units`: the responsible units, their spellings merged across plans into one name each.</summary>
internal sealed class UnitsCommand : Command
{
    private static readonly string[] CsvHeader = ["name", "scope", "group", "requirements", "responsible", "plans", "spellings"];

    public UnitsCommand(CliEnvironment env) : base("units", "List the responsible units, with every spelling the plans use for each.")
    {
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    /// <summary>The JSON contract: requirements counts every requirement naming the unit, responsible only its units cells.</summary>
    private sealed record UnitJson(string Name, string Scope, bool Group, int Requirements, int Responsible,
        IReadOnlyList<string> Plans, IReadOnlyList<SpellingJson> Spellings);

    private sealed record SpellingJson(string Text, int Count);

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var units = UnitClusterer.Cluster(corpus).Units
            .Select(u => new UnitJson(u.Name, u.Scope, u.IsGroup, u.RequirementCount, u.ResponsibleCount, u.PlanIds,
                [.. u.Spellings.Select(s => new SpellingJson(s.Text, s.Count))]))
            .ToList();
        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, units);
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, CsvHeader, units.Select(u => (IReadOnlyList<string?>)
                [
                    u.Name, u.Scope, u.Group ? "true" : "false", N(u.Requirements), N(u.Responsible),
                    string.Join(Csv.ListSeparator, u.Plans), Spellings(u),
                ]));
                break;
            default:
                var table = new TextTable("UNIT", "KIND", "REQUIREMENTS", "PLANS", "SPELLINGS") { RightAligned = { 2, 3 } };
                foreach (var u in units)
                    table.Add(u.Name, u.Group ? "group" : "body", N(u.Requirements), N(u.Plans.Count), Spellings(u));
                table.Write(env.Out);
                env.Out.WriteLine();
                env.Out.WriteLine($"{units.Count} units ({units.Count(u => !u.Group)} bodies, {units.Count(u => u.Group)} groups) from {units.Sum(u => u.Spellings.Count)} spellings");
                break;
        }
        return ExitCodes.Success;
    }

    private static string Spellings(UnitJson unit) =>
        string.Join(Csv.ListSeparator, unit.Spellings.Select(s => $"{s.Text} ({s.Count})"));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
