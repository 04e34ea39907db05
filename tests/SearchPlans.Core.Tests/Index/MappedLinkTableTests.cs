using System.Buffers.Binary;
using SearchPlans.Index;
using SearchPlans.Links;
using SearchPlans.Links.Clusters;
using SearchPlans.Model;
using SearchPlans.Review;

namespace SearchPlans.Tests.Index;

/// <summary>
/// An index folder keeps its links in a file of columns that a load maps instead of reading (issue 26): what every
/// lookup built from the mapped links answers must be what it answers over the links held in memory.
/// </summary>
public sealed class MappedLinkTableTests
{
    private static readonly Lazy<Corpus> LinkedSeeds = LinkedCorpora.Seeds;

    public static TheoryData<string> Corpora => LinkedCorpora.Names;

    private static Corpus Linked(string name) => LinkedCorpora.Named(name);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void SaveThenLoad_LinkedCorpus_MapsTheLinksAndReadsEachAsLinked(string name)
    {
        var linked = Linked(name);
        using var folder = new TempFolder();
        CorpusStore.Save(linked, folder.Path);

        var loaded = CorpusStore.Load(folder.Path);
        using var mapped = Assert.IsType<MappedLinkTable>(loaded.Links);

        Assert.NotEmpty(linked.Links);
        Assert.Equal(linked.Links.Select(LinkTableTests.Describe), mapped.Select(LinkTableTests.Describe));
        Assert.Equal(LinkTableTests.Describe(linked.Links[^1]), LinkTableTests.Describe(mapped[mapped.Count - 1]));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void CounterpartIndex_FromMappedLinks_AnswersAsFromLinksInMemory(string name)
    {
        using var stored = new StoredBothWays(Linked(name));
        var (inMemory, mapped) = (stored.InMemory, stored.Mapped);
        var expected = new CounterpartIndex(inMemory);
        var actual = new CounterpartIndex(mapped);

        foreach (var requirement in inMemory.Plans.SelectMany(p => p.Requirements))
        {
            Assert.Equal(Counterparts(expected, requirement.Id), Counterparts(actual, requirement.Id));
            Assert.Equal(expected.TrustedCountOf(requirement.Id), actual.TrustedCountOf(requirement.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void StoredCounterpartRuns_SameRequirementsInTheSameOrder_AreTheRunsGroupedInMemory(string name)
    {
        using var stored = new StoredBothWays(Linked(name));
        var positions = CounterpartRuns.PositionsOf(stored.InMemory.Plans);
        var expected = CounterpartRuns.Group(stored.InMemory.Links, positions, positions.Count);

        var actual = ((IStoredCounterparts)stored.Mapped.Links).RunsFor(CounterpartRuns.DigestOf(positions.OrderBy(p => p.Value).Select(p => p.Key)));

        Assert.NotNull(actual);
        Assert.Equal(expected.RequirementCount, actual.RequirementCount);
        Assert.Equal(Enumerable.Range(0, expected.RequirementCount + 1).Select(expected.StartOf), Enumerable.Range(0, actual.RequirementCount + 1).Select(actual.StartOf));
        Assert.Equal(Enumerable.Range(0, expected.RequirementCount).Select(expected.TrustedOf), Enumerable.Range(0, actual.RequirementCount).Select(actual.TrustedOf));
        Assert.Equal(Enumerable.Range(0, expected.StartOf(expected.RequirementCount)).Select(expected.EntryAt), Enumerable.Range(0, actual.StartOf(actual.RequirementCount)).Select(actual.EntryAt));
    }

    [Fact]
    public void CounterpartIndex_PlansNoLongerInTheStoredOrder_GroupsAgainAndAnswersAsInMemory()
    {
        using var stored = new StoredBothWays(LinkedSeeds.Value);
        var reordered = stored.Mapped with { Plans = [.. stored.Mapped.Plans.Reverse()] };
        var ids = CounterpartRuns.PositionsOf(reordered.Plans).OrderBy(p => p.Value).Select(p => p.Key);
        Assert.Null(((IStoredCounterparts)reordered.Links).RunsFor(CounterpartRuns.DigestOf(ids)));

        var expected = new CounterpartIndex(stored.InMemory with { Plans = reordered.Plans });
        var actual = new CounterpartIndex(reordered);

        foreach (var requirement in reordered.Plans.SelectMany(p => p.Requirements))
            Assert.Equal(Counterparts(expected, requirement.Id), Counterparts(actual, requirement.Id));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void ReviewOrder_FromMappedLinks_ListsAsFromLinksInMemory(string name)
    {
        using var stored = new StoredBothWays(Linked(name));
        var (inMemory, mapped) = (stored.InMemory, stored.Mapped);
        var expected = new ReviewOrder(inMemory);
        var actual = new ReviewOrder(mapped);

        foreach (LinkKind? kind in new LinkKind?[] { null, LinkKind.Equivalent, LinkKind.Related })
        {
            Assert.Equal(expected.Everything(kind), actual.Everything(kind));
            Assert.Equal(expected.ByScore(expected.Everything(kind), weakestFirst: true), actual.ByScore(actual.Everything(kind), weakestFirst: true));
            foreach (var plan in inMemory.Plans)
            {
                Assert.Equal(expected.FromPlan(plan.Id, kind), actual.FromPlan(plan.Id, kind));
                foreach (var id in PlanRequirements.IdsOf(plan))
                    Assert.Equal(expected.FromRequirement(id, kind), actual.FromRequirement(id, kind));
            }
        }
        var reading = expected.Everything(null)[^1];
        Assert.Equal(LinkTableTests.Describe(expected.Read(reading)), LinkTableTests.Describe(actual.Read(reading)));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void StoredReviewRuns_SameRequirementsInTheSameOrder_AreTheRunsGroupedInMemory(string name)
    {
        using var stored = new StoredBothWays(Linked(name));
        var expected = ReviewRuns.Group(stored.InMemory.Plans, stored.InMemory.Links);

        var actual = ((IStoredReviewRuns)stored.Mapped.Links).ReviewRunsFor(DigestOf(stored.InMemory.Plans));

        Assert.NotNull(actual);
        Assert.Equal(Describe(expected, stored.InMemory.Links.Count), Describe(actual, stored.InMemory.Links.Count));
    }

    [Fact]
    public void ReviewOrder_LinksFileWrittenBeforeTheReviewRuns_GroupsThemAndListsAsInMemory()
    {
        using var stored = new StoredBothWays(LinkedSeeds.Value);
        var file = LinkColumnsFile.PathIn(stored.Folder);
        (stored.Mapped.Links as IDisposable)?.Dispose();
        WriteAsVersion1(file);

        var loaded = CorpusStore.Load(stored.Folder);
        using var links = Assert.IsType<MappedLinkTable>(loaded.Links);

        Assert.Null(links.ReviewRunsFor(DigestOf(loaded.Plans)));
        Assert.NotNull(links.RunsFor(DigestOf(loaded.Plans)));
        var (expected, actual) = (new ReviewOrder(stored.InMemory), new ReviewOrder(loaded));
        foreach (LinkKind? kind in new LinkKind?[] { null, LinkKind.Equivalent, LinkKind.Related })
            Assert.Equal(expected.Everything(kind), actual.Everything(kind));
    }

    [Theory]
    [InlineData(-64, "its header promises at least")]
    [InlineData(4, "its review order is cut short")]
    [InlineData(64, "its header promises")]
    public void Load_CutBeforeOrInsideTheReviewRuns_NamesTheLinksFileAndWhy(int keptAfterTheCounterpartRuns, string reason)
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedSeeds.Value, folder.Path);
        var file = LinkColumnsFile.PathIn(folder.Path);
        var end = (int)LayoutOf(file).End + keptAfterTheCounterpartRuns;
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..end]);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void TopicMatrix_FromMappedLinks_ClustersAsFromLinksInMemory(string name)
    {
        using var stored = new StoredBothWays(Linked(name));
        var (inMemory, mapped) = (stored.InMemory, stored.Mapped);
        var (expectedIndex, actualIndex) = (new CounterpartIndex(inMemory), new CounterpartIndex(mapped));
        foreach (var group in PlanGroups.Of(inMemory.Plans).Take(3))
            Assert.Equal(
                Rows(TopicMatrixBuilder.Build(group.Plans, LinksByRequirement.Of(expectedIndex), 2)),
                Rows(TopicMatrixBuilder.Build(group.Plans, LinksByRequirement.Of(actualIndex), 2)));
    }

    [Fact]
    public void Load_LinksFileMissing_NamesTheLinksFileAndWhy()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedSeeds.Value, folder.Path);
        File.Delete(LinkColumnsFile.PathIn(folder.Path));

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains(LinkColumnsFile.PathIn(folder.Path), error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be opened", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinksFileCutShort_NamesTheLinksFileAndWhy()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedSeeds.Value, folder.Path);
        var file = LinkColumnsFile.PathIn(folder.Path);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^8]);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains($"its header promises {bytes.Length:N0} bytes and it holds {bytes.Length - 8:N0}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinksFileOfAnotherCorpus_SaysTheCountsDisagree()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedSeeds.Value, folder.Path);
        LinkColumnsFile.Write(LinkedSeeds.Value with { Links = [.. LinkedSeeds.Value.Links.Take(3)] }, LinkColumnsFile.PathIn(folder.Path));

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains($"the header promises {LinkedSeeds.Value.Links.Count:N0} links, the links file holds 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotALinksFile_SaysSo()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedSeeds.Value, folder.Path);
        File.WriteAllBytes(LinkColumnsFile.PathIn(folder.Path), [.. Enumerable.Repeat((byte)1, 64)]);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Load(folder.Path));

        Assert.Contains("it does not start as a links file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderStoredWithItsLinksInTheCorpusFile_StillReadsThem()
    {
        // How every index folder was stored before the links file.
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.Combine(IndexLayout.CorpusFileName), CorpusStore.Serialize(LinkedSeeds.Value));

        var loaded = CorpusStore.Load(folder.Path);

        Assert.IsType<LinkTable>(loaded.Links);
        Assert.False(File.Exists(LinkColumnsFile.PathIn(folder.Path)));
        Assert.Equal(LinkedSeeds.Value.Links.Select(LinkTableTests.Describe), loaded.Links.Select(LinkTableTests.Describe));
    }

    private static byte[] DigestOf(IReadOnlyList<Plan> plans) =>
        CounterpartRuns.DigestOf(CounterpartRuns.PositionsOf(plans).OrderBy(p => p.Value).Select(p => p.Key));

    private static IEnumerable<string> Describe(ReviewRuns runs, int links) =>
    [
        $"{runs.SideCount}/{runs.PlacedCount}",
        string.Join(",", Enumerable.Range(0, runs.SideCount + 1).Select(runs.StartOf)),
        string.Join(",", Enumerable.Range(0, runs.StartOf(runs.SideCount)).Select(runs.EntryAt)),
        string.Join(",", Enumerable.Range(0, links).Select(runs.KindOf)),
        string.Join(",", Enumerable.Range(runs.PlacedCount, runs.SideCount - runs.PlacedCount).Select(s => runs.GoneIdAt(s - runs.PlacedCount))),
        .. Enumerable.Range(0, ReviewRuns.Selections.Length).Select(f =>
            string.Join(",", Enumerable.Range(0, runs.PlacedCount + 1).Select(s => runs.ListedBefore(f, s))) + "|" +
            string.Join(",", Enumerable.Range(0, runs.UnplacedCount(f)).Select(k => runs.UnplacedAt(f, k)))),
    ];

    /// <summary>The layout the file's header promises, without the review runs that follow its first columns.</summary>
    private static LinkColumnsLayout LayoutOf(string file)
    {
        var header = File.ReadAllBytes(file).AsSpan(0, LinkColumnsFile.HeaderLength);
        return LinkColumnsLayout.Of(
            BinaryPrimitives.ReadInt32LittleEndian(header[12..]), BinaryPrimitives.ReadInt32LittleEndian(header[16..]),
            BinaryPrimitives.ReadInt32LittleEndian(header[20..]), BinaryPrimitives.ReadInt64LittleEndian(header[24..]),
            BinaryPrimitives.ReadInt32LittleEndian(header[32..]), BinaryPrimitives.ReadInt32LittleEndian(header[36..]), header[40..].ToArray());
    }

    /// <summary>Rewrites a links file as version 1 wrote it, every index folder's before the review runs: its columns up to the counterpart runs.</summary>
    private static void WriteAsVersion1(string file)
    {
        var bytes = File.ReadAllBytes(file)[..(int)LayoutOf(file).End];
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 1);
        File.WriteAllBytes(file, bytes);
    }

    /// <summary>The corpus with its links as records in a list (read link by link, as any list is), and as saved and loaded.</summary>
    private sealed class StoredBothWays : IDisposable
    {
        private readonly TempFolder folder = new();

        public StoredBothWays(Corpus linked)
        {
            CorpusStore.Save(linked, folder.Path);
            (InMemory, Mapped) = (linked with { Links = [.. linked.Links] }, CorpusStore.Load(folder.Path));
        }

        public string Folder => folder.Path;

        public Corpus InMemory { get; }

        public Corpus Mapped { get; }

        public void Dispose()
        {
            (Mapped.Links as IDisposable)?.Dispose();
            folder.Dispose();
        }
    }

    private static IEnumerable<string> Counterparts(CounterpartIndex index, string id) =>
        index.Of(id).Select(c => $"{c.Plan.Id}|{c.Requirement.Id}|{LinkTableTests.Describe(c.Link)}");

    private static IEnumerable<string> Rows(TopicMatrix matrix) =>
        [string.Join(",", matrix.Plans.Select(p => p.Id)),
         .. matrix.Rows.Select(r => $"{r.Representative.Id}|{string.Join(";", r.Cells.Select(c => $"{c.PlanId}:{c.State}:{string.Join("+", c.RequirementIds)}:{c.Strength:R}"))}")];
}
