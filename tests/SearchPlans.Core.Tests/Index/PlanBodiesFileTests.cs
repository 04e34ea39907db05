using System.Text.Json;
using SearchPlans.Index;
using SearchPlans.Links;
using SearchPlans.Model;
using SearchPlans.Units;

namespace SearchPlans.Tests.Index;

/// <summary>
/// An index folder keeps each plan's sections, requirements and remainder in a file of bodies that the server maps
/// and reads a plan at a time (issue 26): what it reads must be what was stored, read whole or a plan at a time.
/// </summary>
public sealed class PlanBodiesFileTests
{
    public static TheoryData<string> Corpora => LinkedCorpora.Names;

    // Records holding lists compare lists by reference, so compare what every member serialises to.
    private static string Json(IEnumerable<Plan> plans) => JsonSerializer.Serialize(plans);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void SaveThenMap_LinkedCorpus_ReadsEveryPlanAsStored(string name)
    {
        var linked = LinkedCorpora.Named(name);
        using var folder = new TempFolder();
        CorpusStore.Save(linked, folder.Path);

        var mapped = CorpusStore.Map(folder.Path);

        Assert.True(File.Exists(PlanBodiesFile.PathIn(folder.Path)));
        Assert.All(mapped.Plans, p => Assert.IsAssignableFrom<IRequirementIds>(p.Requirements));
        Assert.Equal(linked.Plans.Select(p => p.Requirements.Count), mapped.Plans.Select(p => p.Requirements.Count));
        Assert.Equal(linked.Plans.SelectMany(PlanRequirements.IdsOf), mapped.Plans.SelectMany(PlanRequirements.IdsOf));
        Assert.Equal(Json(linked.Plans), Json(mapped.Plans));
        Assert.Equal(Json(linked.Plans), Json(CorpusStore.Load(folder.Path).Plans));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void CounterpartIndex_PlansOnDisk_AnswersAsOverPlansInMemory(string name)
    {
        var linked = LinkedCorpora.Named(name);
        using var folder = new TempFolder();
        CorpusStore.Save(linked, folder.Path);
        var (expected, actual) = (new CounterpartIndex(linked), new CounterpartIndex(CorpusStore.Map(folder.Path)));

        Assert.Equal(expected.RequirementCount, actual.RequirementCount);
        foreach (var id in linked.Plans.SelectMany(PlanRequirements.IdsOf))
        {
            Assert.Equal(Placed(expected.Find(id)), Placed(actual.Find(id)));
            Assert.Equal(expected.Of(id).Select(c => Placed(new PlacedRequirement(c.Plan, c.Requirement))), actual.Of(id).Select(c => Placed(new PlacedRequirement(c.Plan, c.Requirement))));
        }
    }

    [Fact]
    public void Map_OneBodyWrittenOver_ReadsTheOtherPlansAndNamesTheFileAndPlanWhenItsIsRead()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedCorpora.Seeds.Value, folder.Path);
        var mapped = CorpusStore.Map(folder.Path);
        var (first, second) = (mapped.Plans[0], mapped.Plans[1]);
        var bytes = File.ReadAllBytes(PlanBodiesFile.PathIn(folder.Path));
        var secondStart = PlanBodiesFile.HeaderLength + MessagePack.MessagePackSerializer.Serialize(PlanBody.Of(LinkedCorpora.Seeds.Value.Plans[0]), CorpusStore.Options).Length;
        Array.Fill(bytes, (byte)0xc1, secondStart, 64);
        File.WriteAllBytes(PlanBodiesFile.PathIn(folder.Path), bytes);
        mapped = CorpusStore.Map(folder.Path);

        Assert.Equal(first.Requirements.Count, mapped.Plans[0].Requirements.Select(r => r.Id).Count());
        var error = Assert.Throws<DamagedIndexException>(() => mapped.Plans[1].Requirements[0]);

        Assert.Contains(PlanBodiesFile.PathIn(folder.Path), error.Message, StringComparison.Ordinal);
        Assert.Contains($"plan {second.Id}'s body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BodiesFileCutShort_NamesTheFileAndWhereItShouldEnd()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedCorpora.Seeds.Value, folder.Path);
        var file = PlanBodiesFile.PathIn(folder.Path);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^100]);

        foreach (var read in new Func<string, Corpus>[] { CorpusStore.Load, CorpusStore.Map })
        {
            var error = Assert.Throws<DamagedIndexException>(() => read(folder.Path));
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains($"up to byte {bytes.Length:N0}, and it is {bytes.Length - 100:N0} bytes long", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_BodiesFileMissing_NamesItAndSaysSo()
    {
        using var folder = new TempFolder();
        CorpusStore.Save(LinkedCorpora.Seeds.Value, folder.Path);
        File.Delete(PlanBodiesFile.PathIn(folder.Path));

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Map(folder.Path));

        Assert.Contains($"\"{PlanBodiesFile.PathIn(folder.Path)}\" could not be read as the plans' bodies: it is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BodiesFileOfAnotherCorpus_SaysTheCountsDisagree()
    {
        using var folder = new TempFolder();
        using var other = new TempFolder();
        CorpusStore.Save(LinkedCorpora.Seeds.Value, folder.Path);
        CorpusStore.Save(LinkedCorpora.Seeds.Value with { Plans = LinkedCorpora.Seeds.Value.Plans.Take(2).ToList() }, other.Path);
        File.Copy(PlanBodiesFile.PathIn(other.Path), PlanBodiesFile.PathIn(folder.Path), overwrite: true);

        var error = Assert.Throws<DamagedIndexException>(() => CorpusStore.Map(folder.Path));

        Assert.Contains($"it holds 2 plans and the corpus file {LinkedCorpora.Seeds.Value.Plans.Count}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_FolderStoredWholeInTheCorpusFile_ReadsItWhole()
    {
        // How every index folder was stored before the bodies file.
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.Combine(IndexLayout.CorpusFileName), CorpusStore.Serialize(LinkedCorpora.Seeds.Value));

        var mapped = CorpusStore.Map(folder.Path);

        Assert.All(mapped.Plans, p => Assert.IsNotAssignableFrom<IRequirementIds>(p.Requirements));
        Assert.Equal(Json(LinkedCorpora.Seeds.Value.Plans), Json(mapped.Plans));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void UnitDirectoryFile_WrittenThenRead_IsTheCorpusClustered(string name)
    {
        var linked = LinkedCorpora.Named(name);
        using var folder = new TempFolder();
        var clustered = UnitClusterer.Cluster(linked);
        UnitDirectoryFile.Write(clustered, folder.Path);

        var read = UnitDirectoryFile.ReadOrCluster(folder.Path, new Corpus([]));

        Assert.NotEmpty(clustered.Units);
        Assert.Equal(JsonSerializer.Serialize(clustered.Units), JsonSerializer.Serialize(read.Units));
        Assert.Same(read.Units[^1], read.Find(read.Units[^1].Spellings[0].Text));
    }

    [Fact]
    public void UnitDirectoryFile_Missing_ClustersTheCorpus()
    {
        using var folder = new TempFolder();

        var units = UnitDirectoryFile.ReadOrCluster(folder.Path, LinkedCorpora.Seeds.Value);

        Assert.Equal(JsonSerializer.Serialize(UnitClusterer.Cluster(LinkedCorpora.Seeds.Value).Units), JsonSerializer.Serialize(units.Units));
    }

    [Fact]
    public void UnitDirectoryFile_CutShort_NamesTheFile()
    {
        using var folder = new TempFolder();
        UnitDirectoryFile.Write(UnitClusterer.Cluster(LinkedCorpora.Seeds.Value), folder.Path);
        var file = UnitDirectoryFile.PathIn(folder.Path);
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^20]);

        var error = Assert.Throws<DamagedIndexException>(() => UnitDirectoryFile.Read(folder.Path));

        Assert.Contains($"\"{file}\" could not be read as the index's units", error.Message, StringComparison.Ordinal);
    }

    private static string? Placed(PlacedRequirement? placed) =>
        placed is null ? null : $"{placed.Plan.Id}|{placed.Requirement.Id}|{JsonSerializer.Serialize(placed.Requirement)}";
}
