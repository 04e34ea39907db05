using SearchPlans.Cli.Localization;
using SearchPlans.Generate;
using SearchPlans.Ingest;

namespace SearchPlans.Cli;

/// <summary>The requirement pool for generated corpora, read from the seed plans.</summary>
internal static class SeedPool
{
    /// <summary>Null, having said why, when the folder is missing or holds no usable plan.</summary>
    public static RequirementPool? Read(CliEnvironment env, string seeds)
    {
        if (!Directory.Exists(seeds))
        {
            env.Fail(Text.Format("no folder \"{0}\" to read the seed plans from; generated plans are built from their requirements.", seeds));
            return null;
        }
        var plans = env.QuietPipeline.Read(seeds).PlansRead();
        try
        {
            return RequirementPool.FromPlans(plans);
        }
        catch (ArgumentException e)
        {
            env.Fail($"{seeds}: {e.Message}");
            return null;
        }
    }
}
