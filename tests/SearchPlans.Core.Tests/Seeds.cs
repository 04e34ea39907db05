using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests;

/// <summary>The seed plans, read once for all tests, found by their content rather than their file names.</summary>
public static class Seeds
{
    public static string SeedDirectory { get; } = Path.Combine(RepositoryRoot(), "seeds");

    private static readonly Lazy<IReadOnlyList<IngestResult>> All = new(() => new PlanIngester().IngestDirectory(SeedDirectory));

    public static IReadOnlyList<IngestResult> Results => All.Value;

    public static Plan Heyuan => ByJurisdiction("河源市");

    public static Plan Conghua => ByJurisdiction("从化区");

    public static Plan Jiangmen => ByJurisdiction("江门市政府投资工程建设管理中心");

    public static Plan Qingyuan => ByJurisdiction("庆元县");

    public static Plan Zhanjiang => ByJurisdiction("湛江市");

    public static IngestResult ResultOf(Plan plan) => Results.Single(r => r.Plan == plan);

    public static Requirement Item(this Plan plan, string number) => plan.Requirements.Single(r => r.Number == number);

    private static Plan ByJurisdiction(string name) => Results.Select(r => r.Plan).OfType<Plan>().Single(p => p.Jurisdiction.Name == name);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchPlans.sln")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (SearchPlans.sln) above the test binaries");
    }
}
