using System.Text.Json;
using SearchPlans.Compare;
using SearchPlans.Contracts;
using static SearchPlans.Core.Tests.Compare.HandMadeCorpus;

namespace SearchPlans.Tests.Contracts;

public class ComparisonJsonTests
{
    private readonly string json = ContractJson.ForWeb.Serialize(ComparisonJson.From(new PlanComparer().Compare(Create(), A, B)));

    [Fact]
    public void From_Comparison_HasCamelCaseTopLevelFields()
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(["planA", "planB", "rows", "onlyInA", "withoutEquivalentInB", "onlyInB", "summary"], Names(document.RootElement));
    }

    [Fact]
    public void From_MatchedRow_HasRequirementsKindScoreAndDiff()
    {
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("rows")[0];

        Assert.Equal(["a", "b", "kind", "relation", "score", "diff", "alsoRelated", "weaker"], Names(row));
        Assert.Equal(["id", "number", "text"], Names(row.GetProperty("a")));
        Assert.Equal("1", row.GetProperty("a").GetProperty("number").GetString());
        Assert.Equal(Id(B, "2"), row.GetProperty("b").GetProperty("id").GetString());
        Assert.Equal("equivalent", row.GetProperty("kind").GetString());
        Assert.Equal("equivalent", row.GetProperty("relation").GetString());
        Assert.Equal(0.9, row.GetProperty("score").GetDouble());
        Assert.Equal(["similarity", "left", "right"], Names(row.GetProperty("diff")));
        Assert.Equal(
            [("equal", "加强政策解读，"), ("deleted", "及时"), ("equal", "回应社会关切。")],
            Pieces(row.GetProperty("diff").GetProperty("left")));
        Assert.Equal(
            [("equal", "加强政策解读，"), ("inserted", "主动"), ("equal", "回应社会关切。")],
            Pieces(row.GetProperty("diff").GetProperty("right")));
        Assert.Equal("related", row.GetProperty("alsoRelated")[0].GetProperty("kind").GetString());
        Assert.Equal("contains", row.GetProperty("alsoRelated")[0].GetProperty("relation").GetString());
    }

    [Fact]
    public void From_RowOnlyInA_HasNullCounterpart()
    {
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("rows")[2];

        Assert.Equal(JsonValueKind.Null, row.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("kind").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("diff").ValueKind);
    }

    [Fact]
    public void From_Summary_HasCountsAndShares()
    {
        using var document = JsonDocument.Parse(json);
        var summary = document.RootElement.GetProperty("summary");

        Assert.Equal(
            ["aCount", "bCount", "equivalent", "related", "onlyInA", "onlyInB", "shareOfACoveredByB", "shareOfBCoveredByA"],
            Names(summary));
        Assert.Equal(2, summary.GetProperty("equivalent").GetInt32());
        Assert.Equal(0.5, summary.GetProperty("shareOfACoveredByB").GetDouble());
        Assert.Equal(2, summary.GetProperty("onlyInA").GetInt32());
        Assert.Equal(4, summary.GetProperty("onlyInB").GetInt32());
    }

    [Fact]
    public void From_OnlyInLists_HoldWhatTheSummaryCountsWithPartialMatches()
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal([Id(A, "2"), Id(A, "3")], Ids(root.GetProperty("onlyInA")));
        Assert.Equal(Ids(root.GetProperty("onlyInA")), Ids(root.GetProperty("withoutEquivalentInB")));
        Assert.Equal([Id(B, "3"), Id(B, "4"), Id(B, "5"), Id(B, "6")], Ids(root.GetProperty("onlyInB")));
        var first = root.GetProperty("onlyInA")[0];
        Assert.Equal(["id", "number", "text", "partialMatches", "weaker"], Names(first));
        Assert.Equal([Id(B, "3"), Id(B, "4")], Ids(first.GetProperty("partialMatches")));
        Assert.Equal(["id", "number", "text", "kind", "relation", "score"], Names(first.GetProperty("partialMatches")[0]));
        Assert.Equal("containedBy", root.GetProperty("onlyInB")[0].GetProperty("partialMatches")[0].GetProperty("relation").GetString());
    }

    [Fact]
    public void From_DoubtfulLinks_AreWeakerNeverPartialMatchesOrTheRowsCounterpart()
    {
        var corpus = Create();
        var doubtful = new SearchPlans.Model.Corpus(corpus.Plans)
        {
            Links = [.. corpus.Links.Select(l => l.Kind == SearchPlans.Model.LinkKind.Related ? l with { Confidence = SearchPlans.Model.LinkConfidence.Doubtful } : l)],
        };
        using var document = JsonDocument.Parse(ContractJson.ForWeb.Serialize(ComparisonJson.From(new PlanComparer().Compare(doubtful, A, B))));
        var root = document.RootElement;

        var row = root.GetProperty("rows")[1];
        Assert.Equal((JsonValueKind.Null, 0), (row.GetProperty("b").ValueKind, row.GetProperty("alsoRelated").GetArrayLength()));
        Assert.Equal([Id(B, "3"), Id(B, "4")], Ids(row.GetProperty("weaker")));
        Assert.Equal([Id(B, "5")], Ids(root.GetProperty("rows")[0].GetProperty("weaker")));
        Assert.Equal(0, root.GetProperty("onlyInA")[0].GetProperty("partialMatches").GetArrayLength());
        Assert.Equal([Id(B, "3"), Id(B, "4")], Ids(root.GetProperty("onlyInA")[0].GetProperty("weaker")));
        Assert.Equal(0, root.GetProperty("summary").GetProperty("related").GetInt32());
    }

    [Fact]
    public void From_ChineseText_IsWrittenUnescaped()
    {
        Assert.Contains("\"text\": \"加强政策解读，及时回应社会关切。\"", json);
        Assert.DoesNotContain("\\u52A0", json, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string?> Ids(JsonElement array) => [.. array.EnumerateArray().Select(r => r.GetProperty("id").GetString())];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<(string?, string?)> Pieces(JsonElement array) =>
        [.. array.EnumerateArray().Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("text").GetString()))];
}
