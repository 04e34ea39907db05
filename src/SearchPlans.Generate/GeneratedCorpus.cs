namespace SearchPlans.Generate;

/// <summary>The generated plans, each with the bytes of its file, and the seed that made them.</summary>
public sealed record GeneratedCorpus(int Seed, IReadOnlyList<GeneratedFile> Files)
{
    public IEnumerable<GeneratedPlan> Plans => Files.Select(f => f.Plan);

    public int RequirementCount => Files.Sum(f => f.Plan.Requirements.Count());

    /// <summary>Writes the plan files into DIR/plans and the truth into DIR/truth.json.</summary>
    public void WriteTo(string directory)
    {
        var plans = Path.Combine(directory, PlansFolder);
        Directory.CreateDirectory(plans);
        foreach (var file in Files)
            File.WriteAllBytes(Path.Combine(plans, file.Plan.FileName), file.Content);
        TruthFile.Write(Path.Combine(directory, TruthFileName), TruthFile.From(this));
    }

    public const string PlansFolder = "plans";

    public const string TruthFileName = "truth.json";
}

/// <summary>One generated plan and its file's bytes.</summary>
public sealed record GeneratedFile(GeneratedPlan Plan, byte[] Content);
