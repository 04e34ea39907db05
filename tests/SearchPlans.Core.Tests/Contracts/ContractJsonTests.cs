using System.Text.Json;
using SearchPlans.Contracts;
using SearchPlans.Model;
using SearchPlans.Search;
using SearchPlans.Tests.Search;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;
using SearchPlans.Links;

namespace SearchPlans.Tests.Contracts;

/// <summary>The field names scripts rely on, as the README lists them, whichever program writes them.</summary>
public sealed class ContractJsonTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string[] Names<T>(T value) =>
        JsonSerializer.SerializeToElement(value, CamelCase).EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void DocJson_HasTheDocsFields()
    {
        Assert.Equal(["id", "title", "jurisdiction", "level", "province", "city", "county", "year", "docNumber", "issuer", "issued", "requirementCount", "source", "attachments"],
            Names(DocJson.From(SampleCorpus.Create().Plans[0])));
        Assert.Equal(DocJson.CsvHeader, Names(DocJson.From(SampleCorpus.Create().Plans[0])));
    }

    [Fact]
    public void RequirementJson_HasTheRequirementsFields()
    {
        var plan = SampleCorpus.Create().Plans[0];

        Assert.Equal(["id", "doc", "number", "section", "text", "units", "leadUnits", "deadline", "criteria"],
            Names(RequirementJson.From(plan, plan.Requirements[0])));
    }

    [Fact]
    public void SearchJson_HasTotalHitsAndFacetsWithTheHitFields()
    {
        var json = JsonSerializer.SerializeToElement(SearchJson.From(index.Searcher.Search(new SearchRequest("三同步"))), CamelCase);

        Assert.Equal(["total", "hits", "facets", "notes", "alsoSearched", "didYouMean", "jurisdictionHints"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal([.. HitJson.CsvHeader, "snippetFrom"], json.GetProperty("hits")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["jurisdiction", "year", "level", "unit"], json.GetProperty("facets").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.GetProperty("facets").GetProperty("level").GetProperty("city").GetInt32());
    }

    [Fact]
    public void LinkJson_StartsWithSourceTargetScoreKind()
    {
        Assert.Equal(["source", "target", "score", "kind"], Names(LinkJson.From(Create().Links[0])).Take(4));
    }

    [Fact]
    public void LinkJson_EndsWithTheConfidence()
    {
        var link = Create().Links[0] with { Kind = LinkKind.Related, Confidence = LinkConfidence.Doubtful };
        Assert.Equal("confidence", Names(LinkJson.From(link)).Last());
        Assert.Equal(("doubtful", "confidence"), (LinkJson.From(link).CsvRow()[^1], LinkJson.CsvHeader[^1]));
    }

    [Fact]
    public void SimilarJson_NamesTheCounterpartAndItsLink()
    {
        var counterpart = new CounterpartIndex(Create()).Of(Id(A, "4"))[0];
        var json = SimilarJson.From(counterpart);

        Assert.Equal(["id", "doc", "jurisdiction", "year", "number", "score", "kind", "relation", "text", "evidence", "confidence"], Names(json));
        Assert.Equal((Id(B, "1"), B, "equivalent", "contains", "confident"), (json.Id, json.Doc, json.Kind, json.Relation, json.Confidence));
    }

    [Fact]
    public void CsvRows_HaveOneValuePerHeaderColumn()
    {
        var plan = SampleCorpus.Create().Plans[0];
        var hit = index.Searcher.Search(new SearchRequest("三同步")).Hits[0];

        Assert.Equal(DocJson.CsvHeader.Count, DocJson.From(plan).CsvRow().Count);
        Assert.Equal(RequirementJson.CsvHeader.Count, RequirementJson.From(plan, plan.Requirements[0]).CsvRow().Count);
        Assert.Equal(HitJson.CsvHeader.Count, HitJson.From(hit).CsvRow().Count);
        Assert.Equal(LinkJson.CsvHeader.Count, LinkJson.From(Create().Links[0]).CsvRow().Count);
        Assert.Equal(SimilarJson.CsvHeader.Count, SimilarJson.From(new CounterpartIndex(Create()).Of(Id(A, "4"))[0]).CsvRow().Count);
    }
}
