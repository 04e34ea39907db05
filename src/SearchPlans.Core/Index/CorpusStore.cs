using System.Buffers.Binary;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// Saves the parsed corpus beside the Lucene index, so later commands load it without re-parsing. The file is a
/// run of MessagePack values: a header, then the plans, references, rarity and links in chunks (see
/// <see cref="StoredCorpusLayout"/>), each chunk compressed on its own and framed as a bin value.
/// </summary>
/// <remarks>
/// An index folder keeps the links apart, in a <see cref="LinkColumnsFile"/> that a load maps instead of reading
/// (<see cref="MappedLinkTable"/>), and the plans' bodies in a <see cref="PlanBodiesFile"/>, the corpus file holding
/// their heads; bytes made by <see cref="Serialize(Corpus)"/> carry whole plans in chunks and the links in chunks
/// after the references, as every file did before those files. Both are read.
/// Chunks, because MessagePack refuses to decompress any one value beyond 2 GB, and the links of 430,000
/// requirements pass that; chunks also let a load hold one chunk's bytes at a time instead of the whole file and
/// its decompressed copy. Files written as one value (before chunks) are still read.
/// </remarks>
public static class CorpusStore
{
    // Contractless: the model records stay free of serializer attributes; members are matched by name. Strings are
    // interned as they are read: links repeat a few thousand distinct ids and evidence terms hundreds of thousands of
    // times, and one copy of each cuts the loaded corpus to a third (152 MB to 46 MB on 100 generated plans).
    internal static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([new StringInterningFormatter()], [ContractlessStandardResolver.Instance]))
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    // A plan's body is read again on each page that shows it, and its texts are its own: interning them (weakly,
    // as the formatter does) would keep a handle per string read for nothing. The bytes are the same either way.
    internal static readonly MessagePackSerializerOptions UninternedOptions = MessagePackSerializerOptions.Standard
        .WithResolver(ContractlessStandardResolver.Instance)
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    public static byte[] Serialize(Corpus corpus) => Serialize(corpus, StoredCorpusLayout.Default);

    internal static byte[] Serialize(Corpus corpus, StoredCorpusLayout layout)
    {
        using var buffer = new MemoryStream();
        Write(corpus, buffer, layout, heads: null);
        return buffer.ToArray();
    }

    /// <exception cref="MessagePackSerializationException">The bytes are not a stored corpus.</exception>
    /// <exception cref="EndOfStreamException">The bytes end before the corpus does.</exception>
    /// <exception cref="InvalidDataException">The chunks do not hold what the header promises.</exception>
    public static Corpus Deserialize(byte[] bytes)
    {
        using var buffer = new MemoryStream(bytes, writable: false);
        return Read(buffer, folder: null, bodiesOnDisk: false);
    }

    /// <summary>Writes the corpus file and, beside it, the links file and the plans' bodies.</summary>
    public static void Save(Corpus corpus, string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        LinkColumnsFile.Write(corpus, LinkColumnsFile.PathIn(indexDirectory));
        var heads = PlanBodiesFile.Write(corpus.Plans, PlanBodiesFile.PathIn(indexDirectory), Options);
        using var stream = new FileStream(IndexLayout.CorpusFile(indexDirectory), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(corpus, stream, StoredCorpusLayout.Default, heads);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The corpus of an index folder's current generation (or of a folder that holds a corpus file), whole in memory.</summary>
    /// <exception cref="DamagedIndexException">The file (or its links or bodies file) is not a stored corpus this version can read; the message names it and why.</exception>
    public static Corpus Load(string indexDirectory) => Load(indexDirectory, bodiesOnDisk: false);

    /// <summary>
    /// The corpus as a server reads it: each plan's sections, requirements and remainder are read from the mapped
    /// <see cref="PlanBodiesFile"/> when asked for, so the heap holds the plans' heads and requirement ids only. An
    /// index folder written before the bodies file is read whole, as <see cref="Load(string)"/> reads it.
    /// </summary>
    /// <exception cref="DamagedIndexException">As <see cref="Load(string)"/>; a body found damaged later says so when it is read.</exception>
    public static Corpus Map(string indexDirectory) => Load(indexDirectory, bodiesOnDisk: true);

    private static Corpus Load(string indexDirectory, bool bodiesOnDisk)
    {
        var folder = IndexLayout.Resolve(indexDirectory);
        var file = IndexLayout.CorpusFile(folder);
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, folder, bodiesOnDisk);
        }
        catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException or InvalidDataException)
        {
            var reason = e is MessagePackSerializationException { InnerException: { } inner } ? inner.Message : e.Message;
            throw new DamagedIndexException($"\"{file}\" could not be read as a stored corpus: {reason}", e);
        }
    }

    // A bin value with a 32-bit length: one marker byte, then the length, big-endian.
    private const byte Bin32 = 0xc6;
    private const int FrameLength = 5;

    /// <param name="heads">The plans' heads when their bodies and the links are in files beside this one; null to write it whole.</param>
    private static void Write(Corpus corpus, Stream stream, StoredCorpusLayout layout, IReadOnlyList<StoredPlanHead>? heads)
    {
        var apart = heads is not null;
        StoredCorpusHeader.Of(corpus, linksApart: apart, plansApart: apart).WriteTo(stream);
        if (heads is null)
            foreach (var chunk in corpus.Plans.Chunk(layout.PlansPerChunk))
                WriteChunk(stream, chunk);
        else
            foreach (var chunk in heads.Chunk(layout.ItemsPerChunk))
                WriteChunk(stream, chunk);
        foreach (var chunk in corpus.References.Chunk(layout.ItemsPerChunk))
            WriteChunk(stream, chunk);
        if (corpus.Rarity is not null)
            WriteChunk(stream, corpus.Rarity);
        if (apart)
            return;
        foreach (var chunk in corpus.Links.Chunk(layout.ItemsPerChunk))
            WriteChunk(stream, chunk);
    }

    // Framed with its length, so a load reads exactly one chunk's bytes: MessagePack's own Deserialize(Stream)
    // reads the rest of the stream on every call, which makes a file of many chunks quadratic to load.
    private static void WriteChunk<T>(Stream stream, T value)
    {
        var bytes = MessagePackSerializer.Serialize(value, Options);
        Span<byte> frame = stackalloc byte[FrameLength];
        frame[0] = Bin32;
        BinaryPrimitives.WriteInt32BigEndian(frame[1..], bytes.Length);
        stream.Write(frame);
        stream.Write(bytes);
    }

    /// <param name="folder">Where the links and the plans' bodies are when the header says they are apart; null where they cannot be.</param>
    /// <param name="bodiesOnDisk">Leave the plans' bodies in their mapped file, to be read when asked for.</param>
    private static Corpus Read(Stream stream, string? folder, bool bodiesOnDisk)
    {
        var header = StoredCorpusHeader.TryRead(stream);
        if (header is null)
            return MessagePackSerializer.Deserialize<Corpus>(stream, Options);

        var reader = new ChunkReader(stream);
        if (!header.PlansApart)
            return ReadRest(reader, header, folder, reader.ReadAll<Plan>(header.Plans, "plans"));
        if (folder is null)
            throw new InvalidDataException("its plans' bodies are kept in a file beside it, and it was read without one");
        var heads = reader.ReadAll<StoredPlanHead>(header.Plans, "plan heads");
        var bodies = PlanBodiesFile.Open(PlanBodiesFile.PathIn(folder), heads, bodiesOnDisk ? UninternedOptions : Options);
        try
        {
            var plans = bodiesOnDisk ? heads.Select(h => h.OnDisk(bodies)).ToList() : heads.Select(h => h.With(bodies.Read(h))).ToList();
            return ReadRest(reader, header, folder, plans);
        }
        catch when (bodiesOnDisk)
        {
            bodies.Dispose();
            throw;
        }
        finally
        {
            if (!bodiesOnDisk)
                bodies.Dispose();
        }
    }

    /// <summary>The corpus of those plans, with the references, rarity and links that follow them.</summary>
    private static Corpus ReadRest(ChunkReader reader, StoredCorpusHeader header, string? folder, IReadOnlyList<Plan> plans)
    {
        var references = reader.ReadAll<PlanReference>(header.References, "plan references");
        var rarity = header.HasRarity ? reader.Read<ReferenceFrequencies>("the reference frequencies") : null;
        IReadOnlyList<RequirementLink> links = !header.LinksApart ? reader.ReadLinks(header.Links)
            : folder is null ? throw new InvalidDataException("its links are kept in a links file beside it, and it was read without one")
            : LinkColumnsFile.Open(LinkColumnsFile.PathIn(folder));
        if (links.Count != header.Links)
        {
            (links as IDisposable)?.Dispose();
            throw new InvalidDataException($"the header promises {header.Links:N0} links, the links file holds {links.Count:N0}");
        }
        return new Corpus(plans) { References = references, Rarity = rarity, Links = links, Scope = header.Scope, LinkRules = header.LinkRules };
    }

    /// <summary>Reads the framed chunks in turn through one buffer, grown to the largest chunk.</summary>
    private sealed class ChunkReader(Stream stream)
    {
        private byte[] buffer = new byte[1 << 20];

        public List<T> ReadAll<T>(int count, string what)
        {
            var items = new List<T>(count);
            while (items.Count < count)
            {
                var chunk = Read<T[]>($"{what} (it ends after {items.Count:N0} of its {count:N0})");
                if (chunk.Length == 0)
                    throw new InvalidDataException($"an empty chunk of {what} after {items.Count:N0} of the {count:N0} promised");
                items.AddRange(chunk);
            }
            if (items.Count != count)
                throw new InvalidDataException($"the header promises {count:N0} {what}, the chunks hold {items.Count:N0}");
            return items;
        }

        /// <summary>The links into a <see cref="LinkTable"/>, one chunk at a time.</summary>
        public LinkTable ReadLinks(int count)
        {
            var table = new LinkTable.Builder(count);
            while (table.Count < count)
            {
                var chunk = Read<RequirementLink[]>($"links (it ends after {table.Count:N0} of its {count:N0})");
                if (chunk.Length == 0)
                    throw new InvalidDataException($"an empty chunk of links after {table.Count:N0} of the {count:N0} promised");
                if (table.Count + chunk.Length > count)
                    throw new InvalidDataException($"the header promises {count:N0} links, the chunks hold more");
                table.AddRange(chunk);
            }
            return table.Build();
        }

        public T Read<T>(string what)
        {
            Span<byte> frame = stackalloc byte[FrameLength];
            if (stream.ReadAtLeast(frame, FrameLength, throwOnEndOfStream: false) < FrameLength)
                throw new EndOfStreamException($"the file is cut short before {what}");
            var length = BinaryPrimitives.ReadInt32BigEndian(frame[1..]);
            if (frame[0] != Bin32 || length < 0)
                throw new InvalidDataException($"a chunk of {what} is not framed as this version writes it");
            if (buffer.Length < length)
                buffer = new byte[length];
            if (stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false) < length)
                throw new EndOfStreamException($"the file is cut short inside {what}");
            return MessagePackSerializer.Deserialize<T>(buffer.AsMemory(0, length), Options);
        }
    }
}
