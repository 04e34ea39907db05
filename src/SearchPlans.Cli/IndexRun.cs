using SearchPlans.Align;
using SearchPlans.Align.Features;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Cli;

/// <summary>Reads a seeds folder and builds the index from every plan that was read.</summary>
internal static class IndexRun
{
    public static IReadOnlyList<IngestResult> Build(CliEnvironment env, string seeds, string index)
    {
        var results = Read(env, seeds);
        Build(env, results, index, rarity: null, LinkScope.All);
        return results;
    }

    public static IReadOnlyList<IngestResult> Read(CliEnvironment env, string folder) =>
        env.Progress.Run($"Reading plans in {folder}", () => env.Ingest(folder));

    /// <param name="rarity">The reference to count rarity from; null for the seed plans bundled with SearchPlans.</param>
    /// <param name="scope">Which pairs of plans to link and store.</param>
    public static void Build(CliEnvironment env, IReadOnlyList<IngestResult> results, string index, ReferenceFrequencies? rarity, LinkScope scope)
    {
        var read = new Corpus(Plans(results)) { Rarity = rarity, Scope = scope };
        // Links are computed once here and stored with the corpus, never per request.
        var corpus = env.Progress.Run($"Linking requirements across {read.Plans.Count} plans", () => new Aligner().Link(read));
        env.Progress.Run($"Building the index in {index}", () =>
        {
            IndexBuilder.Build(corpus, index);
            return corpus.Plans.Count;
        });
    }

    /// <summary>How rare each bigram and word is in the plans that were read; null when none was.</summary>
    public static ReferenceFrequencies? CountRarity(IReadOnlyList<IngestResult> results) =>
        Plans(results) is { Count: > 0 } plans ? RarityWeights.FrequenciesOf(plans) : null;

    private static List<Plan> Plans(IEnumerable<IngestResult> results) => [.. results.Where(r => r.Succeeded).Select(r => r.Plan!)];

    /// <summary>The stored corpus of the index the command names, built from the seeds first when missing; null (having said why) when there is none.</summary>
    public static Corpus? OpenCorpus(CliEnvironment env, System.CommandLine.ParseResult parse)
    {
        var index = parse.GetValue(CommonOptions.Index)!;
        return EnsureIndex(env, index, parse.GetValue(CommonOptions.Seeds)!) ? CorpusStore.Load(index) : null;
    }

    /// <summary>
    /// For commands that read the index: builds it from the seeds first when there is none, saying so on
    /// standard error. Returns false, having said why, when there is neither an index nor seeds.
    /// </summary>
    public static bool EnsureIndex(CliEnvironment env, string index, string seeds)
    {
        if (IndexLayout.Exists(index))
            return true;
        if (!Directory.Exists(seeds))
        {
            env.Fail($"no index in \"{index}\" and no folder \"{seeds}\" to build one from; run `searchplans index --seeds DIR` first.");
            return false;
        }

        env.Error.WriteLine($"searchplans: no index in \"{index}\" yet; building it from \"{seeds}\" first.");
        foreach (var failed in Build(env, seeds, index).Where(r => !r.Succeeded))
            env.Fail($"{Output.Printable.Of(failed.SourceName)}: {Output.Printable.Of(failed.Error)}");
        return true;
    }
}
