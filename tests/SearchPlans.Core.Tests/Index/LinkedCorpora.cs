using SearchPlans.Align;
using SearchPlans.Generate;
using SearchPlans.Ingest;
using SearchPlans.Model;
using SearchPlans.Tests.Generate;

namespace SearchPlans.Tests.Index;

/// <summary>The seeds and a generated corpus of 40 plans, linked once, that the stored-corpus tests store and read back.</summary>
internal static class LinkedCorpora
{
    public static readonly Lazy<Corpus> Seeds = new(() => new Aligner().Link(new Corpus(Tests.Seeds.Results.PlansRead())));

    private static readonly Lazy<Corpus> Generated = new(() =>
    {
        var generated = new CorpusGenerator(GeneratedCorpusFixture.Pool).Generate(40, 3);
        var ingester = new PlanIngester();
        var plans = generated.Files.Select(f => ingester.Ingest(f.Plan.FileName, f.Content)).PlansRead();
        return new Aligner().Link(new Corpus(plans) { Scope = LinkScope.Lineage });
    });

    public static TheoryData<string> Names => ["seeds", "generated"];

    public static Corpus Named(string name) => name == "seeds" ? Seeds.Value : Generated.Value;
}
