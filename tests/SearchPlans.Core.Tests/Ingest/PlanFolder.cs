using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Ingest;

/// <summary>A folder of plan files the tests read once, on first use, and look up by file name.</summary>
public sealed class PlanFolder
{
    private readonly Lazy<IReadOnlyList<IngestResult>> all;

    public PlanFolder(params string[] path)
    {
        Directory = Path.Combine([AppContext.BaseDirectory, .. path]);
        all = new(() => new PlanIngester().IngestDirectory(Directory));
    }

    public string Directory { get; }

    public IReadOnlyList<IngestResult> Results => all.Value;

    public IngestResult Result(string file) => Results.Single(r => r.SourceName == file);

    public Plan Plan(string file) => Result(file).Plan ?? throw new InvalidOperationException($"{file} was not read: {Result(file).Error}");
}
