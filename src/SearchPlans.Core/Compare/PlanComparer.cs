using SearchPlans.Align;
using SearchPlans.Align.Scope;
using SearchPlans.Model;

namespace SearchPlans.Compare;

/// <summary>
/// Lines up two plans of a corpus by the links computed between their requirements: the stored links, or for plans
/// the corpus's <see cref="LinkScope"/> does not link at index time, links aligned for this comparison.
/// </summary>
public sealed class PlanComparer(IWordDiffer differ)
{
    public PlanComparer()
        : this(new WordDiffer())
    {
    }

    /// <exception cref="ArgumentException">Either id names no plan of the corpus, or both name the same plan.</exception>
    public PlanComparison Compare(Corpus corpus, string planA, string planB)
    {
        var (a, b) = Plans(corpus, planA, planB);
        return Compare(a, b, corpus.Scope.Covers(a, b) ? corpus.Links : new Aligner().AlignPair(corpus, a, b));
    }

    /// <summary>
    /// The same comparison, reading the links of A's requirements from a counterpart index instead of scanning every
    /// link of the corpus: a server answering many comparisons of a large corpus builds the index once.
    /// </summary>
    /// <exception cref="ArgumentException">Either id names no plan of the corpus, or both name the same plan.</exception>
    public PlanComparison Compare(Corpus corpus, CounterpartIndex counterparts, string planA, string planB)
    {
        ArgumentNullException.ThrowIfNull(counterparts);
        var (a, b) = Plans(corpus, planA, planB);
        if (!corpus.Scope.Covers(a, b))
            return Compare(a, b, new Aligner().AlignPair(corpus, a, b));
        return Compare(a, b, a.Requirements.SelectMany(r => counterparts.Of(r.Id)).Where(c => c.Plan.Id == b.Id).Select(c => c.Link));
    }

    private static (Plan A, Plan B) Plans(Corpus corpus, string planA, string planB)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var a = Find(corpus, planA, nameof(planA));
        var b = Find(corpus, planB, nameof(planB));
        if (a.Id == b.Id)
        {
            throw new ArgumentException($"plan '{a.Id}' cannot be compared with itself", nameof(planB));
        }
        return (a, b);
    }

    private PlanComparison Compare(Plan a, Plan b, IEnumerable<RequirementLink> links)
    {
        var linksFromA = LinksFromA(links, a, b);
        var rows = a.Requirements.Select(requirement => Row(requirement, linksFromA)).ToList();
        var covered = rows.SelectMany(row => row.AlsoRelated.Select(c => c.Requirement).Prepend(row.B)).OfType<Requirement>().Select(r => r.Id).ToHashSet();
        var onlyInA = rows.Where(row => row.B is null).Select(row => row.A).ToList();
        var onlyInB = b.Requirements.Where(r => !covered.Contains(r.Id)).ToList();
        var summary = new ComparisonSummary(
            a.Requirements.Count,
            b.Requirements.Count,
            rows.Count(row => row.Kind == LinkKind.Equivalent),
            rows.Count(row => row.Kind == LinkKind.Related),
            onlyInA.Count,
            onlyInB.Count,
            Share(a.Requirements.Count - onlyInA.Count, a.Requirements.Count),
            Share(b.Requirements.Count - onlyInB.Count, b.Requirements.Count));
        return new PlanComparison(a, b, rows, onlyInA, onlyInB, summary);
    }

    private ComparisonRow Row(Requirement requirement, ILookup<string, Counterpart> linksFromA)
    {
        var counterparts = linksFromA[requirement.Id].ToList();
        if (counterparts.Count == 0)
        {
            return new ComparisonRow(requirement, null, null, null, null, null, []);
        }

        var best = counterparts[0];
        return new ComparisonRow(
            requirement,
            best.Requirement,
            best.Kind,
            best.Relation,
            best.Score,
            differ.Diff(requirement.Text, best.Requirement.Text),
            counterparts[1..]);
    }

    /// <summary>
    /// Every link between the two plans read from A's side, grouped by A requirement, best first:
    /// equivalent before related, then by score, then in B's order.
    /// </summary>
    /// <remarks>The corpus stores each pair once in whichever direction it was found, so both are looked up.</remarks>
    private static ILookup<string, Counterpart> LinksFromA(IEnumerable<RequirementLink> links, Plan a, Plan b)
    {
        var inA = a.Requirements.Select(r => r.Id).ToHashSet();
        var inB = b.Requirements.Select((r, index) => (r, index)).ToDictionary(x => x.r.Id);
        var oriented = links
            .Select(link => inA.Contains(link.Source) && inB.ContainsKey(link.Target) ? link
                : inB.ContainsKey(link.Source) && inA.Contains(link.Target) ? link.Reversed()
                : null)
            .OfType<RequirementLink>()
            .Select(link => (link.Source, Target: inB[link.Target], Counterpart: new Counterpart(inB[link.Target].r, link.Kind, link.Relation, link.Score)))
            .OrderBy(x => x.Counterpart.Kind == LinkKind.Equivalent ? 0 : 1)
            .ThenByDescending(x => x.Counterpart.Score)
            .ThenBy(x => x.Target.index);

        // A pair stored in both directions counts once, by its stronger reading.
        return oriented
            .DistinctBy(x => (x.Source, x.Target.index))
            .ToLookup(x => x.Source, x => x.Counterpart);
    }

    private static Plan Find(Corpus corpus, string id, string parameter)
    {
        ArgumentNullException.ThrowIfNull(id, parameter);
        return corpus.FindPlan(id) ?? throw new ArgumentException(
            $"no plan '{id}' in the corpus; its plans are: {string.Join(", ", corpus.Plans.Select(p => p.Id))}", parameter);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
