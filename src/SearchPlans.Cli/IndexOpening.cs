using SearchPlans.Units;
using SearchPlans.Index;
using System.CommandLine;
using SearchPlans.Cli.Localization;
using SearchPlans.Model;
using SearchPlans.Pipeline;

namespace SearchPlans.Cli;

/// <summary>The preamble of every command that reads an index: the index, built from the seeds first when missing.</summary>
internal static class IndexOpening
{
    /// <summary>The stored corpus of the index the command names; null (having said why) when there is none.</summary>
    public static Corpus? OpenCorpus(CliEnvironment env, ParseResult parse) =>
        Folder(env, parse) is { } index ? IndexPipeline.Open(index) : null;

    /// <summary>
    /// The index's units as /units lists them: stored with the index, clustered from its corpus only for an index
    /// written before they were.
    /// </summary>
    public static UnitDirectory Units(string index) =>
        UnitDirectoryFile.Read(IndexLayout.Resolve(index)) ?? UnitClusterer.Cluster(IndexPipeline.Open(index));

    /// <summary>The folder of the index the command names, for commands that search it; null (having said why) when there is none.</summary>
    public static string? Folder(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        return EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!) ? index : null;
    }

    /// <summary>The folder of the index a command changes, which must be there already; null (having said why) when it is not.</summary>
    public static string? Existing(CliEnvironment env, ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        if (IndexPipeline.Exists(index))
            return index;
        env.Fail(Text.Format("no index in \"{0}\"; build one with `searchplans index --seeds DIR` first.", index));
        return null;
    }

    /// <summary>
    /// Builds the index from the seeds first when there is none, saying so on standard error. Returns false,
    /// having said why, when there is neither an index nor seeds.
    /// </summary>
    private static bool EnsureIndex(CliEnvironment env, string index, string seeds)
    {
        if (IndexPipeline.Exists(index))
            return true;
        if (!Directory.Exists(seeds))
        {
            env.Fail(Text.Format("no index in \"{0}\" and no folder \"{1}\" to build one from; run `searchplans index --seeds DIR` first.", index, seeds));
            return false;
        }

        env.Error.WriteLine("searchplans: " + Text.Format("no index in \"{0}\" yet; building it from \"{1}\" first.", index, seeds));
        foreach (var failed in env.Pipeline.Build(seeds, index).Where(r => !r.Succeeded))
            Commands.IndexCommand.ReportRefusal(env, failed);
        return true;
    }

    /// <summary>Says that the index holds no plan of this id, and where the ids are listed.</summary>
    public static void NoPlan(CliEnvironment env, string id) =>
        env.Fail(Text.Format("no plan \"{0}\" in the index; `searchplans docs` lists them.", id));
}
