using MessagePack;
using SearchPlans.Model;
using SearchPlans.Units;

namespace SearchPlans.Index;

/// <summary>
/// A generation's canonical units (units.msgpack), clustered once when the generation is built and read by every
/// server that opens it: clustering a corpus's units at each start read every requirement and took seconds.
/// </summary>
/// <remarks>One compressed MessagePack value: a marker, the version, then the units, busiest first, as clustered.</remarks>
public static class UnitDirectoryFile
{
    public const string FileName = "units.msgpack";

    private const string Marker = "searchplans-units";
    private const int Version = 1;

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    public static void Write(UnitDirectory directory, string folder)
    {
        var stored = new StoredUnits(Marker, Version, [.. directory.Units.Select(StoredUnit.Of)]);
        using var stream = new FileStream(PathIn(folder), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        MessagePackSerializer.Serialize(stream, stored, CorpusStore.Options);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The units stored beside the corpus, or, in a generation written before they were, the corpus's units clustered now.</summary>
    /// <exception cref="DamagedIndexException">The file is there but cannot be read; the message names it and why.</exception>
    public static UnitDirectory ReadOrCluster(string folder, Corpus corpus) => Read(folder) ?? UnitClusterer.Cluster(corpus);

    /// <summary>The stored units, or null when the folder has none.</summary>
    /// <exception cref="DamagedIndexException">The file is there but cannot be read; the message names it and why.</exception>
    public static UnitDirectory? Read(string folder)
    {
        var file = PathIn(folder);
        if (!File.Exists(file))
            return null;
        try
        {
            var bytes = File.ReadAllBytes(file);
            var stored = MessagePackSerializer.Deserialize<StoredUnits>(bytes, CorpusStore.Options);
            if (stored.Marker != Marker)
                throw new InvalidDataException("it is not a units file");
            if (stored.Version != Version)
                throw new InvalidDataException($"it is stored in version {stored.Version}; this version of SearchPlans reads version {Version}");
            return new UnitDirectory([.. stored.Units.Select(u => u.ToUnit())]);
        }
        catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException or InvalidDataException)
        {
            var reason = e is MessagePackSerializationException { InnerException: { } inner } ? inner.Message : e.Message;
            throw new DamagedIndexException($"\"{file}\" could not be read as the index's units: {reason}", e);
        }
    }

    /// <summary>The file's one value.</summary>
    public sealed record StoredUnits(string Marker, int Version, IReadOnlyList<StoredUnit> Units);

    /// <summary>A <see cref="CanonicalUnit"/> without the counts it derives from its mentions.</summary>
    public sealed record StoredUnit(string Name, string Scope, bool IsGroup, IReadOnlyList<UnitSpelling> Spellings, IReadOnlyList<UnitMention> Mentions)
    {
        public static StoredUnit Of(CanonicalUnit unit) => new(unit.Name, unit.Scope, unit.IsGroup, unit.Spellings, unit.Mentions);

        public CanonicalUnit ToUnit() => new(Name, Scope, IsGroup, Spellings, Mentions);
    }
}
