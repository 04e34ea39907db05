using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using SearchPlans.Cli.Output;
using SearchPlans.Index;
using SearchPlans.Search;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans search QUERY`: the requirements that match, best first, with counts per jurisdiction and year.</summary>
internal sealed class SearchCommand : Command
{
    private static readonly Argument<string> Query = new("query")
    {
        Description = "Terms, \"phrases\", AND/OR/NOT, field:value (jurisdiction, year, level, province, unit, lead, section, deadline, number, plan, id); empty matches everything",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "",
    };

    private static readonly Option<string?> Jurisdiction = new("--jurisdiction")
    {
        Description = "Only this jurisdiction (a part of the name will do: 从化 finds 从化区)",
    };

    private static readonly Option<int?> Year = new("--year") { Description = "Only plans of this year" };

    private static readonly Option<string?> Level = new("--level") { Description = "Only this administrative level" };

    private static readonly Option<string?> Unit = new("--unit")
    {
        Description = "Only requirements this unit carries out (市司法局 finds the cell 市府办公室，市司法局)",
    };

    private static readonly Option<int> Limit = new("--limit")
    {
        Description = "How many hits to show",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<int> Offset = new("--offset")
    {
        Description = "How many of the best hits to skip",
        DefaultValueFactory = _ => 0,
    };

    private static readonly string[] CsvHeader = ["id", "doc", "jurisdiction", "year", "number", "score", "text", "snippet"];

    public SearchCommand(CliEnvironment env) : base("search", "Find the requirements that match a query.")
    {
        Level.AcceptOnlyFromAmong([.. ExactTerms.LevelNames]);
        Limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--limit cannot be negative."); });
        Offset.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--offset cannot be negative."); });
        Arguments.Add(Query);
        Options.Add(Jurisdiction);
        Options.Add(Year);
        Options.Add(Level);
        Options.Add(Unit);
        Options.Add(Limit);
        Options.Add(Offset);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!IndexRun.EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!))
            return ExitCodes.NoIndex;

        var request = new SearchRequest(parse.GetValue(Query) ?? "", parse.GetValue(Jurisdiction), parse.GetValue(Year),
            parse.GetValue(Level), parse.GetValue(Unit), parse.GetValue(Limit), parse.GetValue(Offset));
        SearchResults results;
        using (var searcher = new PlanSearcher(index))
        {
            try
            {
                results = searcher.Search(request);
            }
            catch (QuerySyntaxException e)
            {
                env.Fail(e.Message);
                return ExitCodes.UsageError;
            }
        }

        switch (parse.GetFormat())
        {
            case OutputFormat.Json:
                Json.Write(env.Out, ToJson(results));
                break;
            case OutputFormat.Csv:
                Csv.Write(env.Out, CsvHeader, results.Hits.Select(h => (IReadOnlyList<string?>)
                    [h.Id, h.PlanId, h.Jurisdiction, Invariant(h.Year), h.Number, Invariant(Score(h)), h.Text, h.Snippet.ToPlainText()]));
                break;
            default:
                WriteText(env, request, results);
                break;
        }
        return ExitCodes.Success;
    }

    private static double Score(SearchHit hit) => Math.Round(hit.Score, 4);

    private static string? Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>The JSON contract: field names here are relied on by scripts.</summary>
    private sealed record SearchJson(int Total, IReadOnlyList<HitJson> Hits, FacetsJson Facets);

    private sealed record HitJson(string Id, string Doc, string Jurisdiction, int? Year, string? Number, double Score, string Text, string Snippet);

    private sealed record FacetsJson(JsonObject Jurisdiction, JsonObject Year);

    private static SearchJson ToJson(SearchResults results) => new(
        results.Total,
        results.Hits.Select(h => new HitJson(h.Id, h.PlanId, h.Jurisdiction, h.Year, h.Number, Score(h), h.Text, h.Snippet.ToPlainText())).ToList(),
        new FacetsJson(ToObject(results.Jurisdictions), ToObject(results.Years)));

    // An object keeps the facet order (most matches first), which a dictionary would not promise.
    private static JsonObject ToObject(IReadOnlyList<FacetCount> counts)
    {
        var json = new JsonObject();
        foreach (var count in counts)
            json[count.Value] = count.Count;
        return json;
    }

    private static void WriteText(CliEnvironment env, SearchRequest request, SearchResults results)
    {
        var output = env.Out;
        var shown = results.Hits.Count == 0 ? "" : $" (showing {request.Offset + 1}–{request.Offset + results.Hits.Count})";
        output.WriteLine($"{results.Total} matching requirement{(results.Total == 1 ? "" : "s")}{shown}");
        if (results.Hits.Count > 0)
        {
            output.WriteLine();
            var table = new TextTable("ID", "JURISDICTION", "YEAR", "NO.", "SCORE", "SNIPPET") { RightAligned = { 2, 4 } };
            foreach (var hit in results.Hits)
            {
                table.Add(hit.Id, hit.Jurisdiction, Invariant(hit.Year), hit.Number, Score(hit).ToString("0.000", CultureInfo.InvariantCulture),
                    env.Colour ? hit.Snippet.ToAnsi() : hit.Snippet.ToPlainText());
            }
            table.Write(output);
        }
        if (results.Total > 0)
        {
            output.WriteLine();
            output.WriteLine("By jurisdiction: " + string.Join(", ", results.Jurisdictions.Select(f => $"{f.Value} {f.Count}")));
            output.WriteLine("By year: " + string.Join(", ", results.Years.Select(f => $"{f.Value} {f.Count}")));
        }
    }
}
