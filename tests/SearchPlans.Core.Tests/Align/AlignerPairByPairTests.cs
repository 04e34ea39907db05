using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SearchPlans.Align;
using SearchPlans.Align.Scope;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Tests.Generate;

namespace SearchPlans.Tests.Align;

/// <summary>
/// Linking settles each pair of plans on its own (issue 26) and must give, link for link, what it gave when the whole
/// corpus's candidate links were held, ordered and grouped first. The digests were taken from that earlier build.
/// </summary>
public sealed class AlignerPairByPairTests
{
    [Fact]
    public void Link_Seeds_SameLinksAsWhenEveryCandidateWasHeldAtOnce()
    {
        var linked = new Aligner().Link(new Corpus(Seeds.Results.PlansRead()));

        Assert.Equal(689, linked.Links.Count);
        Assert.Equal("8837FAE67FC2980FF9F3EFBCC95B14A696A8CF2751AEF7FFA1EC66F77B294DFB", Digest(linked.Links));
    }

    private static readonly Lazy<IReadOnlyList<Plan>> Generated = new(() =>
    {
        var generated = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(40, 3);
        var ingester = new PlanIngester();
        return generated.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content)).PlansRead();
    });

    [Fact]
    public void Link_GeneratedCorpus_SameLinksAsWhenEveryCandidateWasHeldAtOnce()
    {
        var linked = new Aligner().Link(new Corpus(Generated.Value) { Scope = LinkScope.All });

        Assert.Equal(59_510, linked.Links.Count);
        Assert.Equal("F15905F593F3AD9D011272F57DD59E02B41A325990E3DFF18EE51B782C80C373", Digest(linked.Links));
    }

    // Each pair is settled on its own, so a narrower scope keeps exactly the links of the pairs it covers.
    [Theory]
    [InlineData(LinkScope.Lineage)]
    [InlineData(LinkScope.Family)]
    public void Link_UnderAScope_GivesEveryLinkOfThePairsItCovers(LinkScope scope)
    {
        var plans = Generated.Value;
        var planOf = plans.SelectMany(p => p.Requirements.Select(r => (r.Id, Plan: p))).ToDictionary(x => x.Id, x => x.Plan);

        var scoped = new Aligner().Link(new Corpus(plans) { Scope = scope }).Links;
        var all = new Aligner().Link(new Corpus(plans) { Scope = LinkScope.All }).Links
            .Where(l => scope.Covers(planOf[l.Source], planOf[l.Target])).ToList();

        Assert.NotEmpty(scoped);
        Assert.Equal(all.Count, scoped.Count);
        Assert.Equal(Digest(all), Digest(scoped));
    }

    // Every field of every link, in the order stored, doubles to the last bit.
    private static string Digest(IEnumerable<RequirementLink> links)
    {
        var text = new StringBuilder();
        foreach (var l in links)
            text.Append(Line(l)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Every field of a link, doubles to the last bit.</summary>
    internal static string Line(RequirementLink l) =>
        string.Create(CultureInfo.InvariantCulture, $"{l.Source}\t{l.Target}\t{l.Kind}\t{l.Relation}\t{l.Score:R}\t{l.SourceInTarget:R}\t{l.TargetInSource:R}\t{l.Confidence}\t{string.Join(",", l.Evidence)}");
}
