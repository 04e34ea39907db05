using SearchPlans.Align;
using SearchPlans.Align.Scope;
using SearchPlans.Model;
using SearchPlans.Links;

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
        return Compare(a, b, corpus.Scope.Covers(a, b) ? corpus.Links : AlignedNow(corpus, a, b));
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
            return Compare(a, b, AlignedNow(corpus, a, b));
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

    /// <summary>
    /// Links the pair in the corpus's order of the two plans, as indexing would, whichever is A: so a comparison and
    /// its swap read the same links.
    /// </summary>
    private static IReadOnlyList<RequirementLink> AlignedNow(Corpus corpus, Plan a, Plan b)
    {
        var (first, second) = corpus.Plans.TakeWhile(p => p.Id != a.Id).Any(p => p.Id == b.Id) ? (b, a) : (a, b);
        return new Aligner().AlignPair(corpus, first, second);
    }

    private PlanComparison Compare(Plan a, Plan b, IEnumerable<RequirementLink> links)
    {
        var pairs = LinkedPairs(links, a, b);
        var fromA = pairs.ToLookup(p => p.A.Id, p => new Counterpart(p.B, p.Link.Kind, p.Link.Relation, p.Link.Score, p.Link.Confidence));
        var fromB = pairs
            .OrderBy(p => p.Link.Kind == LinkKind.Equivalent ? 0 : 1)
            .ThenByDescending(p => p.Link.Score)
            .ThenBy(p => p.AIndex)
            .ToLookup(p => p.B.Id, p => new Counterpart(p.A, p.Link.Kind, p.Link.Reversed().Relation, p.Link.Score, p.Link.Confidence));
        var rows = a.Requirements.Select(requirement => Row(requirement, fromA)).ToList();
        var onlyInA = WithoutEquivalents(a, fromA);
        var onlyInB = WithoutEquivalents(b, fromB);
        var summary = new ComparisonSummary(
            a.Requirements.Count,
            b.Requirements.Count,
            rows.Count(row => !row.IsOnlyInA),
            rows.Count(row => row.IsOnlyInA && row.B is not null),
            onlyInA.Count,
            onlyInB.Count,
            Share(a.Requirements.Count - onlyInA.Count, a.Requirements.Count),
            Share(b.Requirements.Count - onlyInB.Count, b.Requirements.Count));
        return new PlanComparison(a, b, rows, onlyInA, onlyInB, summary);
    }

    private ComparisonRow Row(Requirement requirement, ILookup<string, Counterpart> linksFromA)
    {
        var (trusted, weaker) = Tiers(linksFromA[requirement.Id]);
        if (trusted.Count == 0)
        {
            return new ComparisonRow(requirement, null, null, null, null, null, [], weaker);
        }

        var best = trusted[0];
        return new ComparisonRow(
            requirement,
            best.Requirement,
            best.Kind,
            best.Relation,
            best.Score,
            differ.Diff(requirement.Text, best.Requirement.Text),
            trusted[1..],
            weaker);
    }

    /// <summary>
    /// The counterparts a reader can take as on the requirement's subject, and the doubtful ones that may share only
    /// wording: a doubtful link is never the row's counterpart nor a partial match, so no count takes it for one.
    /// </summary>
    private static (List<Counterpart> Trusted, List<Counterpart> Weaker) Tiers(IEnumerable<Counterpart> counterparts)
    {
        var (trusted, weaker) = (new List<Counterpart>(), new List<Counterpart>());
        foreach (var counterpart in counterparts)
            (counterpart.Confidence == LinkConfidence.Doubtful ? weaker : trusted).Add(counterpart);
        return (trusted, weaker);
    }

    /// <summary>The plan's requirements the other plan has no equivalent of, in the plan's order, with their related counterparts.</summary>
    private static List<WithoutEquivalent> WithoutEquivalents(Plan plan, ILookup<string, Counterpart> counterparts)
    {
        var items = new List<WithoutEquivalent>();
        foreach (var requirement in plan.Requirements.Where(r => !counterparts[r.Id].Any(c => c.Kind == LinkKind.Equivalent)))
        {
            var (trusted, weaker) = Tiers(counterparts[requirement.Id]);
            items.Add(new WithoutEquivalent(requirement, trusted, weaker));
        }
        return items;
    }

    /// <summary>
    /// Every link between the two plans oriented from A to B, once per pair of requirements, best first:
    /// equivalent before related, then by score, then in B's order.
    /// </summary>
    /// <remarks>
    /// The corpus stores each pair once in whichever direction it was found, so both are looked up; a pair stored in
    /// both directions counts once, by its stronger reading, which is the same from either side.
    /// </remarks>
    private static List<LinkedPair> LinkedPairs(IEnumerable<RequirementLink> links, Plan a, Plan b)
    {
        var inA = a.Requirements.Select((r, index) => (r, index)).ToDictionary(x => x.r.Id);
        var inB = b.Requirements.Select((r, index) => (r, index)).ToDictionary(x => x.r.Id);
        return
        [
            .. links
                .Select(link => inA.ContainsKey(link.Source) && inB.ContainsKey(link.Target) ? link
                    : inB.ContainsKey(link.Source) && inA.ContainsKey(link.Target) ? link.Reversed()
                    : null)
                .OfType<RequirementLink>()
                .Select(link => new LinkedPair(link, inA[link.Source].r, inA[link.Source].index, inB[link.Target].r, inB[link.Target].index))
                .OrderBy(p => p.Link.Kind == LinkKind.Equivalent ? 0 : 1)
                .ThenByDescending(p => p.Link.Score)
                .ThenBy(p => p.BIndex)
                .DistinctBy(p => (p.AIndex, p.BIndex)),
        ];
    }

    private static Plan Find(Corpus corpus, string id, string parameter)
    {
        ArgumentNullException.ThrowIfNull(id, parameter);
        return corpus.FindPlan(id) ?? throw new ArgumentException(
            $"no plan '{id}' in the corpus; its plans are: {string.Join(", ", corpus.Plans.Select(p => p.Id))}", parameter);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>One linked pair of requirements, the link read from A's side.</summary>
    private sealed record LinkedPair(RequirementLink Link, Requirement A, int AIndex, Requirement B, int BIndex);
}
