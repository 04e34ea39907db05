using System.Globalization;
using SearchPlans.Generate.Writers;
using SearchPlans.Ingest.Head;
using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Generates a realistic corpus of plan files from the seed plans' requirements: real jurisdictions at every
/// level, years 2016–2026, children derived from their parents' plans of the same year, every layout, some
/// plans in Traditional script or GB18030. The same seed gives the same files, byte for byte.
/// </summary>
public sealed class CorpusGenerator(RequirementPool pool)
{
    /// <summary>The most plans the built-in catalog can hold (one per jurisdiction and year).</summary>
    public static int MaxPlans => PlanSelector.Capacity;

    /// <exception cref="ArgumentOutOfRangeException">Fewer than one plan, or more than <see cref="MaxPlans"/>.</exception>
    public GeneratedCorpus Generate(int plans, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plans, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plans, MaxPlans);
        var random = new Random(seed);
        var composer = new PlanComposer(pool, random);
        var byJurisdictionAndYear = new Dictionary<(string, int), GeneratedPlan>();
        var files = new List<GeneratedFile>(plans);
        var parents = new List<GeneratedPlan?>(plans);
        foreach (var (entry, year) in PlanSelector.Slots(plans, random))
        {
            var id = PlanIdMaker.Make(entry.ToJurisdiction(), year);
            var parent = ParentPlan(entry, year, byJurisdictionAndYear);
            var plan = Compose(composer, random, files.Count, id, entry, year, parent);
            byJurisdictionAndYear[(entry.Name, year)] = plan;
            files.Add(new GeneratedFile(plan, FileDressing.Bytes(WriterFor(plan.Layout).Write(plan, random), plan.Dress)));
            parents.Add(parent);
            if (files.Count == plans)
                break;
        }
        return new GeneratedCorpus(seed, ClashingIds.Resolve(files, parents));
    }

    private static GeneratedPlan? ParentPlan(CatalogEntry entry, int year, Dictionary<(string, int), GeneratedPlan> plans)
    {
        for (var up = entry.Parent; up is not null; up = up.Parent)
            if (plans.TryGetValue((up.Name, year), out var plan))
                return plan;
        return null;
    }

    private static GeneratedPlan Compose(PlanComposer composer, Random random, int index, string id, CatalogEntry entry, int year, GeneratedPlan? parent)
    {
        var sections = parent is null ? composer.FromPool(entry, year) : composer.FromParent(parent, entry, year);
        var layout = ChooseLayout(random);
        var dress = new PlanDress(
            Traditional: random.NextDouble() < 0.05,
            Gb18030: random.NextDouble() < 0.1,
            Html: layout is PlanLayout.SectionedTable or PlanLayout.DeadlineTable && random.NextDouble() < 0.3,
            Markdown: random.NextDouble() < 0.3,
            Masthead: entry.Level == AdminLevel.Agency || random.NextDouble() < 0.5);
        var issued = new DateOnly(year, random.Next(1, 7), random.Next(1, 29));
        var docNumber = dress.Masthead ? PlanTitles.DocNumber(entry, year, random.Next(1, 120)) : null;
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{index:D5}_{random.Next():x8}.txt");
        return new GeneratedPlan(
            id, fileName, entry, year, PlanTitles.Title(entry, year, parent is not null), parent?.Id, layout, dress,
            docNumber, issued, RequirementIds.Assign(id, layout, sections));
    }

    private static PlanLayout ChooseLayout(Random random) => random.NextDouble() switch
    {
        < 0.35 => PlanLayout.SectionedTable,
        < 0.55 => PlanLayout.DeadlineTable,
        < 0.75 => PlanLayout.CellPerLine,
        _ => PlanLayout.Prose,
    };

    private static IPlanFileWriter WriterFor(PlanLayout layout) => layout switch
    {
        PlanLayout.SectionedTable => new SectionedTableWriter(),
        PlanLayout.DeadlineTable => new DeadlineTableWriter(),
        PlanLayout.CellPerLine => new CellPerLineWriter(),
        _ => new ProseWriter(),
    };
}
