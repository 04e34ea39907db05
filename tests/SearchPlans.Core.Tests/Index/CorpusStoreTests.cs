using System.Text.Json;
using MessagePack;
using MessagePack.Resolvers;
using SearchPlans.Index;
using SearchPlans.Model;

namespace SearchPlans.Tests.Index;

public sealed class CorpusStoreTests
{
    // Records holding lists compare lists by reference, so compare what every member serialises to.
    private static string Snapshot(Corpus corpus) => JsonSerializer.Serialize(corpus);

    // How corpora were stored before chunks, and how each chunk is still compressed: LZ4, contractless.
    private static readonly MessagePackSerializerOptions OneValueOptions = MessagePackSerializerOptions.Standard
        .WithResolver(ContractlessStandardResolver.Instance).WithCompression(MessagePackCompression.Lz4BlockArray);

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
    public void SerializeThenDeserialize_PlanAttachments_RoundTrip()
    {
        var corpus = SampleCorpus.Create();
        var withAttachments = corpus with
        {
            Plans = [.. corpus.Plans.Select((p, i) => i == 0 ? p with { Attachments = [new Attachment("分工方案.docx", "./P020220613.docx")] } : p)],
        };

        var copy = CorpusStore.Deserialize(CorpusStore.Serialize(withAttachments));

        Assert.Equal(new Attachment("分工方案.docx", "./P020220613.docx"), Assert.Single(copy.Plans[0].Attachments));
        Assert.Empty(copy.Plans[1].Attachments);
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
    public void Deserialize_Links_AreHeldColumnByColumnNotAsAnObjectEach() =>
        Assert.IsType<LinkTable>(CorpusStore.Deserialize(CorpusStore.Serialize(SampleCorpus.Create() with
        {
            Links = [new RequirementLink("a-1", "b-1", LinkKind.Related, Containment.Related, 0.3, 0.3, 0.3, [])],
        })).Links);

    [Fact]
    public void SaveThenLoad_IndexFolder_WritesCorpusFile()
    {
        using var folder = new TempFolder();

        CorpusStore.Save(SampleCorpus.Create(), folder.Path);
        var loaded = CorpusStore.Load(folder.Path);

        Assert.True(File.Exists(folder.Combine(IndexLayout.CorpusFileName)));
        Assert.Equal(Snapshot(SampleCorpus.Create()), Snapshot(loaded));
    }

    [Fact]
    public void SerializeThenDeserialize_ManySmallChunks_KeepsEveryMemberInOrder()
    {
        var corpus = LinkedSample();

        var copy = CorpusStore.Deserialize(CorpusStore.Serialize(corpus, new StoredCorpusLayout(PlansPerChunk: 1, ItemsPerChunk: 2)));

        Assert.Equal(Snapshot(corpus), Snapshot(copy));
    }

    [Fact]
    public void Deserialize_CorpusStoredAsOneCompressedValue_IsStillRead()
    {
        var corpus = LinkedSample();

        var copy = CorpusStore.Deserialize(MessagePackSerializer.Serialize(corpus, OneValueOptions));

        Assert.Equal(Snapshot(corpus), Snapshot(copy));
    }

    [Fact]
    public void Load_FileCutShortBetweenChunks_NamesTheFileAndWhatIsMissing()
    {
        using var folder = new TempFolder();
        var bytes = CorpusStore.Serialize(LinkedSample(), new StoredCorpusLayout(PlansPerChunk: 1, ItemsPerChunk: 1));
        var lastLink = MessagePackSerializer.Serialize(new[] { LinkedSample().Links[^1] }, OneValueOptions);
        const int frame = 5;
        File.WriteAllBytes(folder.Combine(IndexLayout.CorpusFileName), bytes[..^(frame + lastLink.Length)]);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains(folder.Combine(IndexLayout.CorpusFileName), error.Message, StringComparison.Ordinal);
        Assert.Contains("cut short before links (it ends after 2 of its 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileCutShortInsideAChunk_NamesTheFile()
    {
        using var folder = new TempFolder();
        var bytes = CorpusStore.Serialize(LinkedSample(), new StoredCorpusLayout(PlansPerChunk: 1, ItemsPerChunk: 1));
        File.WriteAllBytes(folder.Combine(IndexLayout.CorpusFileName), bytes[..^5]);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains(folder.Combine(IndexLayout.CorpusFileName), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LaterLayoutVersion_SaysWhichVersionItReads()
    {
        using var folder = new TempFolder();
        var bytes = CorpusStore.Serialize(LinkedSample());
        bytes[Version] = 5;
        File.WriteAllBytes(folder.Combine(IndexLayout.CorpusFileName), bytes);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains("layout version 5; this version of SearchPlans reads versions 2 to 4", error.Message, StringComparison.Ordinal);
    }

    // The header is an array: marker, version, scope, four counts and flags, the rules, whether the links are apart;
    // all small numbers here, a byte each.
    private const int Version = 1 + 1 + 18;
    private const int Rules = Version + 6;

    [Fact]
    public void Deserialize_HeaderFromBeforeLinkRules_ReadsAsRulesZeroAndKeepsEveryMember()
    {
        var corpus = LinkedSample() with { LinkRules = 0 };
        var bytes = CorpusStore.Serialize(corpus).ToList();
        Assert.Equal((0x99, 3, 0, 0xc2), (bytes[0], bytes[Version], bytes[Rules], bytes[Rules + 1]));
        (bytes[0], bytes[Version]) = (0x97, 2);
        bytes.RemoveRange(Rules, 2);

        var copy = CorpusStore.Deserialize([.. bytes]);

        Assert.Equal(0, copy.LinkRules);
        Assert.Equal(Snapshot(corpus), Snapshot(copy));
    }

    [Fact]
    public void Deserialize_HeaderOfLayoutVersion2_ReadsTheLinksFromTheChunks()
    {
        // Every index folder stored before the links file beside it.
        var corpus = LinkedSample();
        var bytes = CorpusStore.Serialize(corpus).ToList();
        (bytes[0], bytes[Version]) = (0x98, 2);
        bytes.RemoveAt(Rules + 1);

        var copy = CorpusStore.Deserialize([.. bytes]);

        Assert.Equal(7, copy.LinkRules);
        Assert.Equal(Snapshot(corpus), Snapshot(copy));
    }

    private static Corpus LinkedSample()
    {
        var corpus = SampleCorpus.Create();
        var link = new RequirementLink("a-1", "b-1", LinkKind.Equivalent, Containment.Contains, 0.9, 0.95, 0.7, ["三同步"]);
        return corpus with
        {
            Links = [link, link with { Target = "b-2", Kind = LinkKind.Related, Confidence = LinkConfidence.Doubtful }, link with { Source = "c-1", Evidence = [] }],
            References = [new PlanReference(SampleCorpus.Conghua, SampleCorpus.Heyuan, ReferenceKind.Cites, "《河源市…》")],
            Rarity = new ReferenceFrequencies(3, new Dictionary<string, int> { ["政务"] = 3 }, new Dictionary<string, int> { ["公开"] = 2 }),
            Scope = LinkScope.Lineage,
            LinkRules = 7,
        };
    }
}
