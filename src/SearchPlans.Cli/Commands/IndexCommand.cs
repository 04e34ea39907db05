using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Ingest;
using SearchPlans.Localization;
using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Cli.Commands;

/// <summary>`searchplans index`: reads every plan file of the seeds folder and builds the index from those that were read.</summary>
internal sealed class IndexCommand : Command
{
    private static readonly Option<string?> Reference = new("--reference")
    {
        Description = "Count how rare each word is in the plan files of this folder (it may be the --seeds folder itself) "
            + "instead of the bundled seed plans; later `add` and `remove` keep the same reference",
        HelpName = "DIR",
    };

    public IndexCommand(CliEnvironment env) : base("index", "Read the plan files of a folder and build the search index from them.")
    {
        Options.Add(CommonOptions.Seeds);
        Options.Add(CommonOptions.Index);
        Options.Add(CommonOptions.Format);
        Options.Add(Reference);
        Options.Add(CommonOptions.Links);
        SetAction(parse => Run(env, parse));
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        var seeds = parse.GetValue(CommonOptions.Seeds)!;
        var index = parse.GetValue(CommonOptions.Index)!;
        if (!Directory.Exists(seeds))
        {
            env.Fail(Text.Format("no folder \"{0}\" to read plans from.", seeds));
            return ExitCodes.UsageError;
        }
        var reference = parse.GetValue(Reference);
        if (reference is not null && !Directory.Exists(reference))
        {
            env.Fail(Text.Format("no folder \"{0}\" to count rarity from (--reference).", reference));
            return ExitCodes.UsageError;
        }

        var pipeline = env.Pipeline;
        var results = pipeline.Read(seeds);
        foreach (var hidden in Directory.EnumerateFiles(seeds).Where(PlanIngester.IsHidden).Order(StringComparer.Ordinal))
            env.Error.WriteLine("searchplans: " + Text.Format("skipped {0}: its name starts with a dot (a hidden file).", Printable.Of(Path.GetFileName(hidden))));
        ReferenceFrequencies? rarity = null;
        if (reference is not null)
        {
            var sameFolder = Path.GetFullPath(reference) == Path.GetFullPath(seeds);
            rarity = IndexPipeline.CountRarity(sameFolder ? results : pipeline.Read(reference));
            if (rarity is null)
            {
                env.Fail(Text.Format("no plan could be read in \"{0}\" to count rarity from (--reference).", reference));
                return ExitCodes.UsageError;
            }
        }
        pipeline.Build(results.PlansRead(), index, new LinkOptions(rarity, parse.GetLinkScope()));
        return Report(env, parse, results, index);
    }

    /// <summary>Prints what reading each file gave, in the chosen format; exit code 1 when any file failed.</summary>
    internal static int Report(CliEnvironment env, ParseResult parse, IReadOnlyList<IngestResult> results, string index)
    {
        var files = results.Select(IndexedFileJson.From).ToList();
        FormattedOutput.Write(env, parse, files, output => WriteText(output, results, index));

        var failed = results.Where(r => !r.Succeeded).ToList();
        foreach (var file in failed)
            ReportRefusal(env, file);
        return failed.Count > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Says on standard error which file could not be read and why, in the chosen language.</summary>
    internal static void ReportRefusal(CliEnvironment env, IngestResult file) =>
        env.Fail($"{Printable.Of(file.SourceName)}: {Printable.Of(file.Refusal is { } reason ? EngineWords.Say(reason) : "")}");

    private static void WriteText(TextWriter output, IReadOnlyList<IngestResult> results, string index)
    {
        var table = new TextTable(Text.Get("FILE"), Text.Get("PLAN"), Text.Get("REQUIREMENTS"), Text.Get("REMAINDER"), Text.Get("WARNINGS")) { RightAligned = { 2, 3 } };
        foreach (var r in results)
        {
            var warnings = r.Refusal is { } refusal ? Text.Format("failed: {0}", EngineWords.Say(refusal))
                : string.Join(Text.Get("; "), r.Notices.Select(EngineWords.Say));
            table.Add(Printable.Of(r.SourceName), r.Plan?.Id ?? "-", Invariant(r.Plan?.Requirements.Count) ?? "-",
                r.Succeeded ? Invariant(r.RemainderChars) : "-", Printable.Of(warnings));
        }
        table.Write(output);

        var read = results.Count(r => r.Error is null);
        var requirements = results.Sum(r => r.Plan?.Requirements.Count ?? 0);
        output.WriteLine();
        output.WriteLine(Text.Format("{0} of {1} files read; {2} requirements indexed in {3}.", read, results.Count, requirements, index));
    }
}
