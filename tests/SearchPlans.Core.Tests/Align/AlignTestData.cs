using SearchPlans.Model;

namespace SearchPlans.Tests.Align;

/// <summary>Small hand-made plans for alignment tests, and the seed corpus linked once.</summary>
internal static class AlignTestData
{
    private static readonly Lazy<Corpus> Linked = new(() =>
        new SearchPlans.Align.Aligner().Link(new Corpus(Seeds.Results.Select(r => r.Plan!).ToList())));

    public static Corpus SeedCorpus => Linked.Value;

    public static Requirement Requirement(string id, string text, params string[] section) =>
        new(id, null, section, text, "", [], false, null, [], new SourceSpan(1, 1));

    public static Plan Plan(string id, int year, params Requirement[] requirements) =>
        new(id, id, new Jurisdiction(id, AdminLevel.City, "广东省"), year, null, null, null, [], [], requirements, [], id + ".txt");

    public static RequirementLink? LinkBetween(this Corpus corpus, string a, string b) =>
        corpus.Links.FirstOrDefault(l => (l.Source == a && l.Target == b) || (l.Source == b && l.Target == a));
}
