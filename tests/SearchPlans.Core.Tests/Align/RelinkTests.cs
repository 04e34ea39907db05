using SearchPlans.Align;
using SearchPlans.Align.Candidates;
using SearchPlans.Align.Features;
using SearchPlans.Align.Resolution;
using SearchPlans.Align.Scoring;
using SearchPlans.Ingest;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align;

/// <summary>Relinking only the plans that changed must give what linking the whole corpus gives.</summary>
public sealed class RelinkTests
{
    private static readonly Lazy<IReadOnlyList<Plan>> Generated = new(() => SeedsAndGenerated.Read(30, seed: 11).PlansRead());

    private static IReadOnlyList<Plan> Plans => Generated.Value;

    private static Corpus LinkedWhole(IEnumerable<Plan> plans) => new Aligner().Link(new Corpus([.. plans]));

    private static string[] Describe(Corpus corpus) =>
        [.. corpus.Links.Select(l => $"{l.Source} {l.Target} {l.Kind} {l.Relation} {l.Score:R} {l.SourceInTarget:R} {l.TargetInSource:R} {string.Join("|", l.Evidence)}")];

    [Fact]
    public void AddingPlans_AndRelinkingThem_GivesTheLinksOfTheWholeCorpus()
    {
        var added = new[] { Plans[2], Plans[9], Plans[20] };
        var before = LinkedWhole(Plans.Except(added));

        var after = added.Aggregate(before, (c, p) => c.WithPlan(p));
        var relinked = new Aligner().Relink(after, added.Select(p => p.Id).ToHashSet());

        Assert.Equal(Describe(LinkedWhole(after.Plans)), Describe(relinked));
    }

    [Fact]
    public void RemovingPlans_AndRelinking_GivesTheLinksOfTheCorpusWithoutThem()
    {
        var whole = LinkedWhole(Plans);
        var removed = new[] { Plans[0].Id, Plans[14].Id };

        var relinked = new Aligner().Relink(removed.Aggregate(whole, (c, id) => c.WithoutPlan(id)), removed.ToHashSet());

        Assert.Equal(Describe(LinkedWhole(Plans.Where(p => !removed.Contains(p.Id)))), Describe(relinked));
        Assert.DoesNotContain(relinked.Links, l => removed.Any(id => relinked.PlanOf(l.Source) is null || relinked.PlanOf(l.Target) is null));
    }

    [Fact]
    public void ReplacingAPlanWithAnEditedVersion_RelinksItLikeAFullRun()
    {
        var original = Plans[1];
        var edited = original with
        {
            Requirements = [.. original.Requirements.Select((r, i) => i % 3 == 0 ? r with { Text = r.Text + "每季度向社会公布办理结果。" } : r).Skip(1)],
        };
        var whole = LinkedWhole(Plans);

        var relinked = new Aligner().Relink(whole.WithPlan(edited), new HashSet<string> { edited.Id });

        Assert.Equal(Describe(LinkedWhole(Plans.Select(p => p.Id == edited.Id ? edited : p))), Describe(relinked));
    }

    [Fact]
    public void Relinking_ScoresOnlyPairsWithAChangedPlan()
    {
        var added = Plans[5];
        var before = LinkedWhole(Plans.Where(p => p != added));
        var scored = new List<(string A, string B)>();
        var aligner = new Aligner(new RareBigramCandidates(), r => new RecordingScorer(new EvidenceScorer(r), scored),
            new OneToOneEquivalents(), AlignmentThresholds.Default);

        aligner.Relink(before.WithPlan(added), new HashSet<string> { added.Id });

        Assert.NotEmpty(scored);
        Assert.All(scored, p => Assert.True(p.A == added.Id || p.B == added.Id, $"{p.A} × {p.B} does not involve {added.Id}"));
    }

    [Fact]
    public void ACorpusLinkedWithoutAStoredReference_IsLinkedWhole()
    {
        var legacy = LinkedWhole(Plans.Take(8)) with { Rarity = null, Links = [] };

        var relinked = new Aligner().Relink(legacy, new HashSet<string> { Plans[0].Id });

        Assert.NotNull(relinked.Rarity);
        Assert.Equal(Describe(LinkedWhole(Plans.Take(8))), Describe(relinked));
    }

    [Fact]
    public void ACorpusLinkedUnderEarlierRules_IsLinkedWhole()
    {
        var earlier = LinkedWhole(Plans.Take(8)) with { LinkRules = Aligner.RulesVersion - 1, Links = [] };

        var relinked = new Aligner().Relink(earlier, new HashSet<string> { Plans[0].Id });

        Assert.Equal(Aligner.RulesVersion, relinked.LinkRules);
        Assert.Equal(Describe(LinkedWhole(Plans.Take(8))), Describe(relinked));
    }

    private sealed class RecordingScorer(IPairScorer inner, List<(string, string)> scored) : IPairScorer
    {
        public PairEvidence Measure(RequirementProfile a, RequirementProfile b)
        {
            // Pairs of plans are scored on several threads.
            lock (scored)
                scored.Add((a.PlanId, b.PlanId));
            return inner.Measure(a, b);
        }
    }
}
