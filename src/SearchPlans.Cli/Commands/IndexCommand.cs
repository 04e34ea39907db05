using System.CommandLine;
using SearchPlans.Cli.Localization;
using System.Globalization;
using SearchPlans.Cli.Output;
using SearchPlans.Contracts;
using SearchPlans.Ingest;
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
            env.Fail($"no folder \"{seeds}\" to read plans from.");
            return ExitCodes.UsageError;
        }
        var reference = parse.GetValue(Reference);
        if (reference is not null && !Directory.Exists(reference))
        {
            env.Fail($"no folder \"{reference}\" to count rarity from (--reference).");
            return ExitCodes.UsageError;
        }

        var pipeline = env.Pipeline;
        var results = pipeline.Read(seeds);
        foreach (var hidden in Directory.EnumerateFiles(seeds).Where(PlanIngester.IsHidden).Order(StringComparer.Ordinal))
            env.Error.WriteLine($"searchplans: skipped {Printable.Of(Path.GetFileName(hidden))}: its name starts with a dot (a hidden file).");
        ReferenceFrequencies? rarity = null;
        if (reference is not null)
        {
            var sameFolder = Path.GetFullPath(reference) == Path.GetFullPath(seeds);
            rarity = IndexPipeline.CountRarity(sameFolder ? results : pipeline.Read(reference));
            if (rarity is null)
            {
                env.Fail($"no plan could be read in \"{reference}\" to count rarity from (--reference).");
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
        FormattedOutput.Write(env, parse, files, output => WriteText(output, files, index));

        var failed = results.Where(r => !r.Succeeded).ToList();
        foreach (var file in failed)
            env.Fail($"{Printable.Of(file.SourceName)}: {Printable.Of(file.Error)}");
        return failed.Count > 0 ? ExitCodes.SomeFilesFailed : ExitCodes.Success;
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void WriteText(TextWriter output, IReadOnlyList<IndexedFileJson> files, string index)
    {
        var table = new TextTable(Text.Get("FILE"), Text.Get("PLAN"), Text.Get("REQUIREMENTS"), Text.Get("REMAINDER"), Text.Get("WARNINGS")) { RightAligned = { 2, 3 } };
        foreach (var f in files)
        {
            var warnings = f.Error is not null ? Text.Format("failed: {0}", f.Error)
                : f.Warnings.Count == 0 ? "" : string.Join("; ", f.Warnings);
            table.Add(Printable.Of(f.File), f.Plan ?? "-", Invariant(f.Requirements) ?? "-", Invariant(f.RemainderChars) ?? "-", Printable.Of(warnings));
        }
        table.Write(output);

        var read = files.Count(f => f.Error is null);
        var requirements = files.Sum(f => f.Requirements ?? 0);
        output.WriteLine();
        output.WriteLine(Text.Format("{0} of {1} files read; {2} requirements indexed in {3}.", read, files.Count, requirements, index));
    }
}
