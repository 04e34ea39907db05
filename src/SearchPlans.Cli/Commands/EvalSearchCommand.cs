using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Model;
using SearchPlans.Search;
using SearchPlans.Search.Evaluation;

namespace SearchPlans.Cli.Commands;

/// <summary>
/// `searchplans eval-search --qrels FILE`: nDCG@10, P@10 and recall@20 of the search against graded judgements, with
/// SQLite FTS5 (trigram) over the same requirements beside it; `--pool FILE` writes a blind judging sheet instead.
/// </summary>
internal sealed class EvalSearchCommand : Command
{
    private static readonly Option<string?> Qrels = new("--qrels")
    {
        Description = "Graded judgements: TREC qrels (query id, iteration, requirement id, grade; with --queries) or a table with a header naming query, requirement and grade (tab-separated, or a .csv such as the web app's judging sheet)",
        HelpName = "FILE",
    };

    private static readonly Option<string?> Queries = new("--queries")
    {
        Description = "The queries of TREC qrels, or the queries to pool: id, tab, query (or id, split, query), one a line",
        HelpName = "FILE",
    };

    private static readonly Option<string> Peer = CreatePeer();

    private static readonly Option<bool> PerQuery = new("--per-query") { Description = "Also list every query's figures" };

    private static readonly Option<string?> Pool = new("--pool")
    {
        Description = "Write a judging sheet (CSV, blank grade column) pooling the best --depth results of SearchPlans, FTS5 and FTS5 on any trigram for every query of --queries, ordered by query and requirement id so no one sees which system found what",
        HelpName = "FILE.csv",
    };

    private static readonly Option<int> Depth = CommonOptions.WholeNumber(new("--depth") { Description = "How many results of each ranking the pool takes", DefaultValueFactory = _ => 10 });

    // Its check is added once: the option is shared by every command tree built in the process.
    private static Option<string> CreatePeer()
    {
        var option = new Option<string>("--peer")
        {
            Description = "The ranking measured beside ours: fts5 (SQLite FTS5, trigram tokenizer, bm25) or none",
            DefaultValueFactory = _ => "fts5",
        };
        option.AcceptOnlyFromAmong("fts5", "none");
        return option;
    }

    public EvalSearchCommand(CliEnvironment env) : base("eval-search", "Measure search relevance against graded judgements (nDCG@10, P@10, recall@20), beside SQLite FTS5.")
    {
        Options.Add(Qrels);
        Options.Add(Queries);
        Options.Add(Peer);
        Options.Add(PerQuery);
        Options.Add(Pool);
        Options.Add(Depth);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Format);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        if (parse.GetValue(Pool) is { } poolPath)
            return WritePool(env, parse, poolPath);
        if (parse.GetValue(Qrels) is not { } qrelsPath)
        {
            env.Fail(Text.Get("give the judgements with --qrels FILE (or --pool FILE.csv --queries FILE to write a judging sheet)."));
            return ExitCodes.UsageError;
        }
        SearchJudgements judgements;
        try
        {
            judgements = SearchJudgements.Load(qrelsPath, parse.GetValue(Queries));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Fail(Text.Format("cannot read the judgements: {0}", e.Message));
            return ExitCodes.UsageError;
        }
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;

        var index = parse.GetValue(CommonOptions.Index)!;
        var runs = new List<SearchEvaluation>();
        using (var searcher = new PlanSearcher(index))
            runs.Add(SearchEvaluation.Run("searchplans", judgements, q => Ours(searcher, q, SearchEvaluation.Depth)));
        if (parse.GetValue(Peer) == "fts5")
        {
            using var peer = FtsPeer.Build(corpus);
            runs.Add(SearchEvaluation.Run("fts5-trigram", judgements, q => peer.Peer.Rank(q, SearchEvaluation.Depth)));
        }
        Write(env, parse, judgements, runs);
        return ExitCodes.Success;
    }

    private static IReadOnlyList<string> Ours(PlanSearcher searcher, string query, int depth)
    {
        try
        {
            return [.. searcher.Search(new SearchRequest(query, Limit: depth)).Hits.Select(h => h.Id)];
        }
        catch (QuerySyntaxException)
        {
            return [];
        }
    }

    private static void Write(CliEnvironment env, ParseResult parse, SearchJudgements judgements, List<SearchEvaluation> runs)
    {
        var json = new SearchEvaluationJson([.. runs.Select(r => new RankingJson(r.System,
            [.. r.Splits.Select(s => r.Mean(s)).Select(m => new RankingMeanJson(m.Split, m.Queries, Round(m.Ndcg10), Round(m.Precision10), Round(m.Recall20), m.Unjudged10))],
            [.. r.Queries.Select(q => new JudgedQueryJson(q.Query.Id, q.Query.Text, q.Query.Split, q.Ndcg10 is { } n ? Round(n) : null, q.Precision10 is { } p ? Round(p) : null, q.Recall20 is { } r20 ? Round(r20) : null, q.Unjudged10, [.. q.Ranked.Take(10)]))]))]);
        FormattedOutput.Write(env, parse, json, csv => Csv.Write(csv, ["system", "split", "queries", "ndcg10", "p10", "recall20", "unjudged10"],
                runs.SelectMany(r => r.Splits.Select(s => r.Mean(s)).Select(m => (IReadOnlyList<string?>)[r.System, m.Split, I(m.Queries), F(m.Ndcg10), F(m.Precision10), F(m.Recall20), I(m.Unjudged10)]))),
            output => WriteText(output, parse, judgements, runs));
    }

    private static void WriteText(TextWriter output, ParseResult parse, SearchJudgements judgements, List<SearchEvaluation> runs)
    {
        output.WriteLine(Text.Format("{0} queries, {1} judgements (2 about the subject, 1 in passing, 0 not; unjudged results count as 0).", judgements.Queries.Count, judgements.JudgementCount));
        output.WriteLine(Text.Get("nDCG@10 gains the grade, discounted by log2(rank + 1); P@10 counts grades 1 and 2; recall@20 is of the grade-2 requirements."));
        output.WriteLine();
        var table = new TextTable(Text.Get("SYSTEM"), Text.Get("SPLIT"), Text.Get("QUERIES"), "NDCG@10", "P@10", Text.Get("RECALL@20"), Text.Get("UNJUDGED@10")) { RightAligned = { 2, 3, 4, 5, 6 } };
        foreach (var run in runs)
            foreach (var mean in run.Splits.Select(run.Mean))
                table.Add(run.System, Text.Get(mean.Split), I(mean.Queries), F(mean.Ndcg10), F(mean.Precision10), F(mean.Recall20), I(mean.Unjudged10));
        table.Write(output);
        if (!parse.GetValue(PerQuery))
            return;
        output.WriteLine();
        var header = new List<string> { Text.Get("ID"), Text.Get("SPLIT") };
        foreach (var run in runs)
            header.AddRange([$"{run.System} NDCG", "R@20"]);
        header.Add(Text.Get("QUERY"));
        var perQuery = new TextTable([.. header]) { RightAligned = { 2, 3, 4, 5 } };
        for (var i = 0; i < judgements.Queries.Count; i++)
        {
            var query = judgements.Queries[i];
            var row = new List<string?> { query.Id, Text.Get(query.Split) };
            foreach (var run in runs)
                row.AddRange([run.Queries[i].Ndcg10 is { } n ? F(n) : "-", run.Queries[i].Recall20 is { } r ? F(r) : "-"]);
            row.Add(query.Text);
            perQuery.Add([.. row]);
        }
        perQuery.Write(output);
    }

    private static int WritePool(CliEnvironment env, ParseResult parse, string poolPath)
    {
        if (parse.GetValue(Queries) is not { } queriesPath)
        {
            env.Fail(Text.Get("--pool needs the queries to pool: --queries FILE (id, tab, query, or id, split, query)."));
            return ExitCodes.UsageError;
        }
        IReadOnlyList<JudgedQuery> queries;
        try
        {
            queries = SearchJudgements.ReadQueries(File.ReadAllText(queriesPath), Path.GetFileName(queriesPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Fail(Text.Format("cannot read the queries: {0}", e.Message));
            return ExitCodes.UsageError;
        }
        if (IndexOpening.OpenCorpus(env, parse) is not { } corpus)
            return ExitCodes.NoIndex;
        var depth = Math.Max(1, parse.GetValue(Depth));
        var requirements = corpus.Plans.SelectMany(p => p.Requirements).ToDictionary(r => r.Id, StringComparer.Ordinal);
        using var searcher = new PlanSearcher(parse.GetValue(CommonOptions.Index)!);
        using var peer = FtsPeer.Build(corpus);
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var query in queries)
        {
            var pooled = Ours(searcher, query.Text, depth)
                .Concat(peer.Peer.Rank(query.Text, depth))
                .Concat(peer.Peer.Rank(query.Text, depth, anyTrigram: true))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var id in pooled)
            {
                var requirement = requirements.GetValueOrDefault(id);
                rows.Add([query.Id, query.Split, query.Text, id, requirement?.Text, requirement is null ? null : string.Join(Csv.ListSeparator, requirement.Criteria), null]);
            }
        }
        using (var writer = new StreamWriter(poolPath, false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            Csv.Write(writer, JudgingSheetHeader, rows);
        env.Error.WriteLine("searchplans: " + Text.Format("{0} requirements to judge for {1} queries written to {2}", rows.Count, queries.Count, poolPath));
        return ExitCodes.Success;
    }

    /// <summary>The pool's columns; fill in grade (2, 1 or 0) and give the file back to --qrels.</summary>
    private static readonly IReadOnlyList<string> JudgingSheetHeader = ["query_id", "split", "query", "requirement", "text", "criteria", "grade"];

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static double Round(double x) => Math.Round(x, 4);

    /// <summary>An FTS5 peer over a corpus in a temporary file, deleted when disposed.</summary>
    private sealed class FtsPeer : IDisposable
    {
        private readonly string folder;

        private FtsPeer(string folder, SqliteTrigramPeer peer)
        {
            this.folder = folder;
            Peer = peer;
        }

        public SqliteTrigramPeer Peer { get; }

        public static FtsPeer Build(Corpus corpus)
        {
            var folder = Directory.CreateTempSubdirectory("searchplans-eval-").FullName;
            return new FtsPeer(folder, SqliteTrigramPeer.Build(corpus, Path.Combine(folder, "peer.sqlite")));
        }

        public void Dispose()
        {
            Peer.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }
}
