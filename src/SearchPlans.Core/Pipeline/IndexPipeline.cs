using SearchPlans.Align;
using SearchPlans.Align.Features;
using SearchPlans.Index;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Pipeline;

/// <summary>
/// The way a plan travels, in one place: files are read into plans (<see cref="Ingest"/>), plans are linked
/// across jurisdictions and years (<see cref="Align"/>), and the linked corpus is written as a new generation of
/// an index folder (<see cref="Index"/>), which search, comparison and the web app read. The command line, the web
/// app and the tests build and update indexes through this object only.
/// </summary>
public sealed class IndexPipeline
{
    private readonly Func<string, IReadOnlyList<IngestResult>>? readFolder;
    private readonly PlanIngester ingester = new();

    /// <param name="progress">Told of each long step; null for none.</param>
    /// <param name="readFolder">Reads a folder of plan files in place of the ingester; tests pass a hand-made reader.</param>
    public IndexPipeline(IPipelineProgress? progress = null, Func<string, IReadOnlyList<IngestResult>>? readFolder = null)
    {
        Progress = progress ?? SilentProgress.Instance;
        this.readFolder = readFolder;
    }

    public IPipelineProgress Progress { get; }

    /// <summary>Reads every plan file of a folder (hidden files aside); one result per file, in file-name order.</summary>
    public IReadOnlyList<IngestResult> Read(string folder)
    {
        if (readFolder is not null)
            return Progress.Run(new PipelineStep("Reading plans in {0}") { Arguments = [folder] }, _ => readFolder(folder));
        var files = PlanIngester.FilesOf(folder);
        return Progress.Run(new PipelineStep("Reading plans in {0}", files.Count) { Arguments = [folder] }, done => ingester.IngestFiles(files, done));
    }

    /// <summary>Reads the named files one by one, each file's failure its own.</summary>
    public IReadOnlyList<IngestResult> ReadFiles(IReadOnlyList<string> files) =>
        Progress.Run(new PipelineStep("Reading the files", files.Count), done =>
        {
            var results = new List<IngestResult>(files.Count);
            foreach (var file in files)
            {
                results.Add(ingester.IngestFile(file));
                done.Report(results.Count);
            }
            return (IReadOnlyList<IngestResult>)results;
        });

    /// <summary>How rare each bigram and word is in the plans read; null when no file was read.</summary>
    public static ReferenceFrequencies? CountRarity(IReadOnlyList<IngestResult> results) =>
        results.PlansRead() is { Count: > 0 } plans ? RarityWeights.FrequenciesOf(plans) : null;

    /// <summary>The plans with their links, computed once here and stored with the corpus, never per request.</summary>
    public Corpus Link(IReadOnlyList<Plan> plans, LinkOptions? options = null)
    {
        options ??= LinkOptions.Default;
        var read = new Corpus(plans) { Rarity = options.Rarity, Scope = options.Scope };
        return Progress.Run(new PipelineStep("Linking requirements across {0} plans") { Arguments = [plans.Count] }, _ => new Aligner().Link(read));
    }

    /// <summary>Writes the linked corpus as a new generation of the index folder, published only when complete.</summary>
    public void Write(Corpus linked, string index) =>
        Progress.Run(new PipelineStep("Building the index in {0}") { Arguments = [index] }, _ =>
        {
            IndexBuilder.Build(linked, index);
            return linked.Plans.Count;
        });

    /// <summary>Links the plans and writes them as the index: a new generation replacing the index's plans.</summary>
    public Corpus Build(IReadOnlyList<Plan> plans, string index, LinkOptions? options = null)
    {
        var linked = Link(plans, options);
        // Linking leaves its profiles and candidate postings (700 MB at 110,000 requirements) as garbage the GC has not
        // collected yet, and the index writers would grow the heap on top of them: one blocking collection between the
        // two hands them back first (docs/performance.md, issue 26).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Write(linked, index);
        return linked;
    }

    /// <summary>Reads a folder and builds the index from every plan that was read; the results say what each file gave.</summary>
    public IReadOnlyList<IngestResult> Build(string folder, string index, LinkOptions? options = null)
    {
        var results = Read(folder);
        Build(results.PlansRead(), index, options);
        return results;
    }

    /// <summary>Whether the folder holds a complete index.</summary>
    public static bool Exists(string index) => IndexLayout.Exists(index);

    /// <summary>The stored corpus of an index: its plans, links and the reference it was linked against.</summary>
    public static Corpus Open(string index) => CorpusStore.Load(index);

    /// <summary>
    /// Builds the index from the seeds folder when there is none; the results are each seed file's reading (empty
    /// when the index existed or there were no seeds).
    /// </summary>
    public (EnsureOutcome Outcome, IReadOnlyList<IngestResult> Files) EnsureIndex(string index, string seeds)
    {
        if (Exists(index))
            return (EnsureOutcome.Existed, []);
        if (!Directory.Exists(seeds))
            return (EnsureOutcome.NoSeeds, []);
        return (EnsureOutcome.Built, Build(seeds, index));
    }

    /// <summary>
    /// Reads the files and puts their plans into the index without reading its other plans again: a plan with the
    /// id of one already indexed replaces it, only the added plans are linked, and a new generation is written.
    /// When two files give one id, the first counts.
    /// </summary>
    public AddOutcome Add(string index, IReadOnlyList<string> files)
    {
        var results = ReadFiles(files);
        var corpus = Open(index);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var replaced = new List<(Plan, string)>();
        foreach (var plan in results.PlansRead())
        {
            if (!changed.Add(plan.Id))
                continue;
            if (corpus.FindPlan(plan.Id) is not null)
                replaced.Add((plan, plan.Id));
            corpus = corpus.WithPlan(plan);
        }
        if (changed.Count > 0)
            Update(corpus, index, changed);
        return new AddOutcome(results, replaced);
    }

    /// <summary>Takes one plan and its links out of the index; null, changing nothing, when the index has no such plan.</summary>
    public Plan? Remove(string index, string planId)
    {
        var corpus = Open(index);
        if (corpus.FindPlan(planId) is not { } plan)
            return null;
        Update(corpus.WithoutPlan(planId), index, new HashSet<string>(StringComparer.Ordinal) { planId });
        return plan;
    }

    private void Update(Corpus corpus, string index, IReadOnlySet<string> changedPlanIds)
    {
        // Rarity comes from the reference stored with the index, not from the corpus, so links between unchanged plans
        // stay valid and only the changed plans are linked again (see README, "Updating an index").
        var linked = Progress.Run(new PipelineStep("Linking the requirements of {0} changed plan(s)") { Arguments = [changedPlanIds.Count] },
            _ => new Aligner().Relink(corpus, changedPlanIds));
        Progress.Run(new PipelineStep("Updating the index in {0}") { Arguments = [index] }, _ =>
        {
            IndexBuilder.Update(linked, index, changedPlanIds);
            return changedPlanIds.Count;
        });
    }
}
