using System.Globalization;
using SearchPlans.Generate.Writers;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Generate;

/// <summary>
/// Generates a realistic corpus of plan files from the seed plans' requirements: real jurisdictions at every
/// level, years 2016–2026, children derived from their parents' plans of the same year, the layouts of a
/// <see cref="LayoutMix"/>, some plans in Traditional script or GB18030, some wrapped in notices and web-page chrome.
/// The same seed gives the same files, byte for byte.
/// </summary>
public sealed class CorpusGenerator(RequirementPool pool, LayoutMix layouts, IReadOnlyList<CatalogEntry> catalog)
{
    // A province's plan is forwarded by its cities, a city's by its counties and districts (in the catalog's order).
    private readonly ILookup<CatalogEntry, CatalogEntry> forwarders = catalog
        .Where(e => e.Parent is not null && e.Level != AdminLevel.Agency && e.Parent.Level is AdminLevel.Province or AdminLevel.City)
        .ToLookup(e => e.Parent!);

    /// <summary>A generator writing every layout, for the sample catalog.</summary>
    public CorpusGenerator(RequirementPool pool) : this(pool, LayoutMix.Everything)
    {
    }

    /// <summary>A generator for the sample catalog (<see cref="JurisdictionCatalog.All"/>).</summary>
    public CorpusGenerator(RequirementPool pool, LayoutMix layouts) : this(pool, layouts, JurisdictionCatalog.All)
    {
    }

    /// <summary>The most plans the sample catalog can hold (one per jurisdiction and year).</summary>
    public static int MaxPlans => PlanSelector.Capacity;

    /// <summary>The most plans this generator's catalog can hold.</summary>
    public int Capacity => PlanSelector.CapacityOf(catalog);

    /// <summary>The most plans a catalog can hold (one per jurisdiction and year).</summary>
    public static int CapacityOf(IReadOnlyList<CatalogEntry> catalog) => PlanSelector.CapacityOf(catalog);

    /// <exception cref="ArgumentOutOfRangeException">Fewer than one plan, or more than <see cref="Capacity"/>.</exception>
    public GeneratedCorpus Generate(int plans, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plans, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plans, Capacity);
        var random = new Random(seed);
        var composer = new PlanComposer(pool, random);
        var byJurisdictionAndYear = new Dictionary<(string, int), GeneratedPlan>();
        var files = new List<GeneratedFile>(plans);
        var parents = new List<GeneratedPlan?>(plans);
        foreach (var (entry, year) in PlanSelector.Slots(catalog, plans, random))
        {
            var id = ReaderRules.PlanId(entry.ToJurisdiction(), year);
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

    private GeneratedPlan Compose(PlanComposer composer, Random random, int index, string id, CatalogEntry entry, int year, GeneratedPlan? parent)
    {
        var sections = parent is null ? composer.FromPool(entry, year) : composer.FromParent(parent, entry, year);
        var layout = ChooseLayout(random, layouts);
        var dress = LayoutMix.IsSeedLayout(layout) ? SeedLayoutDress(random, entry, layout) : RealLayoutDress(random, entry);
        sections = layout switch
        {
            PlanLayout.PipeRowTable => MergedUnitCells.Apply(sections, random),
            PlanLayout.NumberedProse => InlineDeadlines.Apply(sections, random),
            _ => sections,
        };
        var issued = new DateOnly(year, random.Next(1, 7), random.Next(1, 29));
        var docNumber = dress.Head != PlanHead.Title ? PlanTitles.DocNumber(entry, year, random.Next(1, 120)) : null;
        // Wide enough for every plan of the catalog, so file-name order stays the corpus's order.
        var fileName = Capacity > 99_999
            ? string.Create(CultureInfo.InvariantCulture, $"{index:D6}_{random.Next():x8}.txt")
            : string.Create(CultureInfo.InvariantCulture, $"{index:D5}_{random.Next():x8}.txt");
        var title = LayoutMix.IsSeedLayout(layout) ? PlanTitles.Title(entry, year, parent is not null) : PlanTitles.RealTitle(entry, year, parent is not null, random);
        return new GeneratedPlan(
            id, fileName, entry, year, title, parent?.Id, layout, dress,
            docNumber, issued, RequirementIds.Assign(id, layout, sections));
    }

    private static PlanLayout ChooseLayout(Random random, LayoutMix layouts) => layouts.Choose(random.NextDouble());

    // The seed layouts keep the heads the seed plans have, which is what the current reader reads.
    private static PlanDress SeedLayoutDress(Random random, CatalogEntry entry, PlanLayout layout) => new(
        Traditional: random.NextDouble() < 0.05,
        Gb18030: random.NextDouble() < 0.1,
        Html: layout is PlanLayout.SectionedTable or PlanLayout.DeadlineTable && random.NextDouble() < 0.3,
        Markdown: random.NextDouble() < 0.3,
        Head: entry.Level == AdminLevel.Agency || random.NextDouble() < 0.5 ? PlanHead.Masthead : PlanHead.Title);

    // Copies of real plans: most come inside their notice of issue, some from a web page, some forwarded by a
    // government below the plan's own, whose notice then comes first.
    private PlanDress RealLayoutDress(Random random, CatalogEntry entry)
    {
        var traditional = random.NextDouble() < 0.05;
        var gb18030 = random.NextDouble() < 0.1;
        var head = random.NextDouble() switch
        {
            < 0.55 => PlanHead.Notice,
            < 0.75 => PlanHead.Masthead,
            _ => entry.Level == AdminLevel.Agency ? PlanHead.Notice : PlanHead.Title,
        };
        var below = forwarders[entry].ToList();
        var forwardedBy = head == PlanHead.Notice && below.Count > 0 && random.NextDouble() < 0.4 ? below[random.Next(below.Count)] : null;
        return new PlanDress(traditional, gb18030, Html: false, Markdown: false, head, WebChrome: random.NextDouble() < 0.45, forwardedBy);
    }

    private static IPlanFileWriter WriterFor(PlanLayout layout) => layout switch
    {
        PlanLayout.SectionedTable => new SectionedTableWriter(),
        PlanLayout.DeadlineTable => new DeadlineTableWriter(),
        PlanLayout.CellPerLine => new CellPerLineWriter(),
        PlanLayout.Prose => new ProseWriter(),
        PlanLayout.PipeRowTable => new PipeRowTableWriter(),
        PlanLayout.PipeCellTable => new PipeCellTableWriter(),
        PlanLayout.BlankLineCellTable => new BlankLineCellTableWriter(),
        PlanLayout.NumberedProse => new NumberedProseWriter(),
        PlanLayout.Outline => new OutlineWriter(),
        PlanLayout.BracketUnitProse => new BracketUnitProseWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };
}
