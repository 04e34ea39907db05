using System.Text.Json;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

public sealed class CorpusStoreTests
{
    // Records holding lists compare lists by reference, so compare what every member serialises to.
    private static string Snapshot(Corpus corpus) => JsonSerializer.Serialize(corpus);

    [Fact]
    public void SerializeThenDeserialize_SampleCorpus_KeepsEveryMember()
    {
        var corpus = SampleCorpus.Create();

        var copy = CorpusStore.Deserialize(CorpusStore.Serialize(corpus));

        Assert.Equal(Snapshot(corpus), Snapshot(copy));
    }

    [Fact]
    public void SerializeThenDeserialize_NullableDateEnumAndSpan_RoundTrip()
    {
        var copy = CorpusStore.Deserialize(CorpusStore.Serialize(SampleCorpus.Create()));

        var qingyuan = copy.FindPlan(SampleCorpus.Qingyuan)!;
        Assert.Equal(new DateOnly(2022, 6, 13), qingyuan.Issued);
        Assert.Equal(AdminLevel.County, qingyuan.Jurisdiction.Level);
        Assert.Null(copy.FindPlan(SampleCorpus.Heyuan)!.Issued);
        Assert.Null(qingyuan.Requirements[0].Number);
        Assert.Equal(new SourceSpan(18, 23), copy.FindRequirement($"{SampleCorpus.Conghua}-1-1-2")!.Source);
        Assert.Equal(RemainderKind.Preamble, qingyuan.Remainder[0].Kind);
        Assert.Equal(["县财政局"], qingyuan.Requirements[0].LeadUnits);
    }

    [Fact]
    public void Deserialize_KeepsOneCopyOfEachRepeatedString()
    {
        var corpus = SampleCorpus.Create();
        var link = new RequirementLink("a-1", "b-1", LinkKind.Related, Containment.Related, 0.3, 0.3, 0.3, ["三同步", "“政务公开”"]);
        corpus = corpus with { Links = [link, link with { Target = "b-2" }, link with { Source = "c-1", Target = "b-1" }] };

        var links = CorpusStore.Deserialize(CorpusStore.Serialize(corpus)).Links;

        Assert.Same(links[0].Evidence[0], links[1].Evidence[0]);
        Assert.Same(links[0].Evidence[1], links[2].Evidence[1]);
        Assert.Same(links[0].Source, links[1].Source);
        Assert.Same(links[0].Target, links[2].Target);
    }

    [Fact]
    public void SaveThenLoad_IndexFolder_WritesCorpusFile()
    {
        using var folder = new TempFolder();

        CorpusStore.Save(SampleCorpus.Create(), folder.Path);
        var loaded = CorpusStore.Load(folder.Path);

        Assert.True(File.Exists(folder.Combine(IndexLayout.CorpusFileName)));
        Assert.Equal(Snapshot(SampleCorpus.Create()), Snapshot(loaded));
    }
}
