using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Index;
using SearchPlans.Localization;
using SearchPlans.Search;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans search QUERY`: the requirements that match, best first, with counts per jurisdiction, year, level and unit.</summary>
internal sealed class SearchCommand : Command
{
    // A broad query touches dozens of units; a terminal line shows the commonest.
    private const int TextUnitCount = 10;

    private static readonly Argument<string> Query = new("query")
    {
        Description = "Terms, \"phrases\", AND/OR/NOT, field:value (jurisdiction, year, level, province, unit, lead, section, deadline, number, plan, id); empty matches everything",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "",
    };

    // Each filter may be given several times: a requirement passes when it matches any of its values.
    private static readonly Option<string[]> Jurisdiction = new("--jurisdiction")
    {
        Description = "Only this jurisdiction (a part of the name will do: 从化 finds 从化区); repeat for either of several",
    };

    private static readonly Option<int[]> Year = CommonOptions.WholeNumbers(new("--year") { Description = "Only plans of this year; repeat for any of several" });

    private static readonly Option<string[]> Level = OneOf(new Option<string[]>("--level") { Description = "Only this administrative level; repeat for any of several" },
        ExactTerms.LevelNames);

    private static readonly Option<string[]> Unit = new("--unit")
    {
        Description = "Only requirements this unit carries out, by any of its spellings (市政数局 finds 市政务服务数据管理局; 市司法局 finds the cell 市府办公室，市司法局); repeat for any of several",
    };

    private static readonly Option<int> Limit = CommonOptions.WholeNumber(new("--limit")
    {
        Description = "How many hits to show",
        DefaultValueFactory = _ => 20,
    }, notNegative: true);

    private static readonly Option<int> Offset = CommonOptions.WholeNumber(new("--offset")
    {
        Description = "How many of the best hits to skip",
        DefaultValueFactory = _ => 0,
    }, notNegative: true);

    private static readonly Option<string> Sort = OneOf(new Option<string>("--sort")
    {
        Description = "relevance (best match first), newest or oldest (by plan year, best match first within a year)",
        DefaultValueFactory = _ => "relevance",
    }, [.. Enum.GetNames<SearchOrder>().Select(n => n.ToLowerInvariant())]);

    // The options are shared by every command tree built in the process, so their checks are added once, here.
    private static Option<T> OneOf<T>(Option<T> option, IReadOnlyCollection<string> values)
    {
        option.AcceptOnlyFromAmong([.. values]);
        return option;
    }

    public SearchCommand(CliEnvironment env) : base("search", "Find the requirements that match a query.")
    {
        Arguments.Add(Query);
        Options.Add(Jurisdiction);
        Options.Add(Year);
        Options.Add(Level);
        Options.Add(Unit);
        Options.Add(Limit);
        Options.Add(Offset);
        Options.Add(Sort);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (IndexOpening.Folder(env, parse) is not { } index)
            return ExitCodes.NoIndex;

        var request = new SearchRequest(parse.GetValue(Query) ?? "", parse.GetValue(Jurisdiction), parse.GetValue(Year),
            parse.GetValue(Level), parse.GetValue(Unit), parse.GetValue(Limit), parse.GetValue(Offset),
            Enum.Parse<SearchOrder>(parse.GetValue(Sort)!, ignoreCase: true));
        SearchResults results;
        // The units of /units, as the web app's facet has them: counted once under their name, found by any spelling.
        using (var searcher = new PlanSearcher(index, IndexOpening.Units(index)))
        {
            try
            {
                results = searcher.Search(request);
            }
            catch (QuerySyntaxException e)
            {
                env.Fail(EngineWords.Say(e.Note));
                return ExitCodes.UsageError;
            }
        }

        var json = SearchJson.From(results);
        FormattedOutput.Write(env, parse, json, json.Hits, _ => WriteText(env, request, results));
        return ExitCodes.Success;
    }

    private static string? Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    private static void WriteText(CliEnvironment env, SearchRequest request, SearchResults results)
    {
        var output = env.Out;
        var reading = results.Reading;
        foreach (var note in reading.Notes)
            output.WriteLine(Text.Format("Note: {0}", EngineWords.Say(note)));
        var shown = results.Hits.Count == 0 ? "" : Text.Format(" (showing {0}–{1})", request.Offset + 1, request.Offset + results.Hits.Count);
        output.WriteLine(Text.Format(results.Total == 1 ? "{0} matching requirement" : "{0} matching requirements", results.Total) + shown);
        if (reading.AlsoSearched.Count > 0)
            output.WriteLine(Text.Format("Also searched (ranked below what you typed): {0}", string.Join(", ", reading.AlsoSearched)));
        if (reading.DidYouMean is { } better)
            output.WriteLine(Text.Format("Did you mean: {0}", better));
        foreach (var hint in reading.Jurisdictions)
            output.WriteLine(Text.Format("Did you mean the place? --jurisdiction {0} keeps the requirements of {1}", hint.Word, string.Join(", ", hint.Names)));
        if (results.Hits.Count > 0)
        {
            output.WriteLine();
            var table = new TextTable(Text.Get("ID"), Text.Get("JURISDICTION"), Text.Get("YEAR"), Text.Get("NO."), Text.Get("SCORE"), Text.Get("SNIPPET")) { RightAligned = { 2, 4 } };
            foreach (var hit in results.Hits)
            {
                table.Add(hit.Id, hit.Jurisdiction, Invariant(hit.Year), hit.Number, HitJson.From(hit).Score.ToString("0.000", CultureInfo.InvariantCulture),
                    env.Colour ? hit.Snippet.ToAnsi() : hit.Snippet.ToPlainText());
            }
            table.Write(output);
        }
        if (results.Total > 0)
        {
            output.WriteLine();
            output.WriteLine(Text.Format("By jurisdiction: {0}", string.Join(", ", results.Jurisdictions.Select(f => $"{f.Value} {f.Count}"))));
            output.WriteLine(Text.Format("By year: {0}", string.Join(", ", results.Years.Select(f => $"{f.Value} {f.Count}"))));
            output.WriteLine(Text.Format("By level: {0}", string.Join(", ", results.Levels.Select(f => $"{Text.Get(f.Value)} {f.Count}"))));
            output.WriteLine(Text.Format("By unit: {0}", string.Join(", ", results.Units.Take(TextUnitCount).Select(f => $"{f.Value} {f.Count}")))
                + (results.Units.Count > TextUnitCount ? Text.Format(" and {0} more", results.Units.Count - TextUnitCount) : ""));
        }
    }
}
