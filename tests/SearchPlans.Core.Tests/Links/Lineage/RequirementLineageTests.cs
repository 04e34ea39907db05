using SearchPlans.Align.References;
using SearchPlans.Links.Lineage;
using SearchPlans.Model;
using SearchPlans.Links;

namespace SearchPlans.Tests.Links.Lineage;

/// <summary>
/// Three years of one city: item 1 is kept from 2021 to 2022 and was reworded from 2020; 2022's item 2 is new;
/// 2020's item 2 was dropped in 2021.
/// </summary>
public sealed class RequirementLineageTests
{
    private static readonly Corpus Corpus = Create();
    private static readonly CounterpartIndex Counterparts = new(Corpus);

    private static RequirementHistory Trace(string id) => RequirementLineage.Trace(Corpus, Counterparts, id);

    [Fact]
    public void Trace_Back_FollowsEquivalentsYearByYear()
    {
        var history = Trace("jia-2022-1");

        Assert.Equal(
            [("jia-2021", "jia-2021-1", YearChange.Kept), ("jia-2020", "jia-2020-1", YearChange.Modified)],
            history.Earlier.Select(s => (s.Plan.Id, s.Requirement?.Id, s.Change)));
        Assert.Empty(history.Later);
    }

    [Fact]
    public void Trace_Forward_FollowsEquivalentsYearByYear()
    {
        var history = Trace("jia-2020-1");

        Assert.Equal(
            [("jia-2021", "jia-2021-1", YearChange.Modified), ("jia-2022", "jia-2022-1", YearChange.Kept)],
            history.Later.Select(s => (s.Plan.Id, s.Requirement?.Id, s.Change)));
        Assert.Equal(0.8, history.Later[0].Score);
    }

    [Fact]
    public void Trace_BackToAPlanWithoutAnEquivalent_EndsWithNew()
    {
        var step = Assert.Single(Trace("jia-2022-2").Earlier);

        Assert.Equal(("jia-2021", null, YearChange.New, null), (step.Plan.Id, step.Requirement?.Id, step.Change, step.Score));
    }

    [Fact]
    public void Trace_ForwardToAPlanWithoutAnEquivalent_EndsWithDropped()
    {
        var step = Assert.Single(Trace("jia-2020-2").Later);

        Assert.Equal(("jia-2021", YearChange.Dropped), (step.Plan.Id, step.Change));
    }

    [Fact]
    public void Trace_IgnoresRelatedLinksAndOtherJurisdictions()
    {
        var history = Trace("yi-2021-1");

        Assert.Empty(history.Earlier);
        Assert.Empty(history.Later);
    }

    [Fact]
    public void Trace_UnknownRequirement_HasNoHistory()
    {
        Assert.Same(RequirementHistory.None, Trace("nowhere-1"));
    }

    private static Corpus Create()
    {
        Plan[] plans =
        [
            Plan("jia-2020", "甲市", 2020, "做好政策解读工作。", "公开财政预算。"),
            Plan("jia-2021", "甲市", 2021, "做好重要政策解读工作。"),
            Plan("jia-2022", "甲市", 2022, "做好重要政策解读工作。", "推进决策公开。"),
            Plan("yi-2021", "乙市", 2021, "做好重要政策解读工作。"),
        ];
        return new Corpus(plans)
        {
            Links =
            [
                Link("jia-2021-1", "jia-2020-1", Containment.Equivalent, 0.8),
                Link("jia-2022-1", "jia-2021-1", Containment.Identical, 1.0),
                Link("yi-2021-1", "jia-2021-1", Containment.Identical, 1.0),
                Link("jia-2022-2", "jia-2020-2", Containment.Related, 0.3, LinkKind.Related),
            ],
            References = PlanReferenceFinder.Find(plans),
        };
    }

    private static Plan Plan(string id, string city, int year, params string[] texts) => new(
        id, $"{city}{year}年政务公开工作要点", new Jurisdiction(city, AdminLevel.City, "广东省"), year, null, null, null, [], [],
        texts.Select((t, i) => new Requirement($"{id}-{i + 1}", $"{i + 1}", [], t, "", [], false, null, [], SourceSpan.Line(i + 1))).ToList(),
        [], id + ".txt");

    private static RequirementLink Link(string source, string target, Containment relation, double score, LinkKind kind = LinkKind.Equivalent) =>
        new(source, target, kind, relation, score, score, score, []);
}
