namespace SearchPlans.Pipeline;

/// <summary>
/// How the pipeline tells its caller that a long step is under way. The command line draws a progress bar or a
/// spinner; the web app and the tests pass <see cref="SilentProgress"/>.
/// </summary>
public interface IPipelineProgress
{
    /// <summary>Runs one step. When <paramref name="step"/> has a size, <paramref name="work"/> reports each unit done.</summary>
    T Run<T>(PipelineStep step, Func<IProgress<int>, T> work);
}

/// <param name="Description">
/// What the step does, for a person, in English with {0}… where <see cref="Arguments"/> go ("Reading plans in {0}"):
/// the key <see cref="Localization.EngineWords"/> words it under in the reader's language.
/// </param>
/// <param name="Size">How many units (files, plans) the step will report; 0 when it reports none.</param>
public sealed record PipelineStep(string Description, int Size = 0)
{
    /// <summary>The folders and counts the description names.</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];
}

/// <summary>Progress nobody watches.</summary>
public sealed class SilentProgress : IPipelineProgress
{
    public static readonly SilentProgress Instance = new();

    public T Run<T>(PipelineStep step, Func<IProgress<int>, T> work) => work(Ignored.Instance);

    private sealed class Ignored : IProgress<int>
    {
        public static readonly Ignored Instance = new();

        public void Report(int value)
        {
        }
    }
}

public static class PipelineProgressExtensions
{
    /// <summary>Runs a step that reports no units: the caller shows that it is under way, then how long it took.</summary>
    public static T Run<T>(this IPipelineProgress progress, string description, Func<T> work) =>
        progress.Run(new PipelineStep(description), _ => work());

    /// <summary>As above, the description naming the folders and counts in <paramref name="arguments"/> ({0}, {1}…).</summary>
    public static T Run<T>(this IPipelineProgress progress, string description, IReadOnlyList<object> arguments, Func<T> work) =>
        progress.Run(new PipelineStep(description) { Arguments = arguments }, _ => work());
}
