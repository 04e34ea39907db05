using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using MessagePack;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// The bodies of a stored corpus's plans (plans.bodies), one compressed MessagePack value each, which the server maps
/// into memory and reads a plan at a time (<see cref="MappedPlanBodies"/>): held whole, the plans were most of its
/// heap, about 600 bytes a requirement (docs/performance.md, issue 26).
/// </summary>
/// <remarks>
/// A header of 16 bytes (a marker, the version, how many plans), then the bodies one after the other; where each lies
/// is kept in its plan's <see cref="StoredPlanHead"/> in the corpus file, so the file ends where the last body does.
/// </remarks>
public static class PlanBodiesFile
{
    public const string FileName = "plans.bodies";

    private static ReadOnlySpan<byte> Marker => "SPPLANS\0"u8;
    private const int Version = 1;
    internal const int HeaderLength = 16;

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Writes the plans' bodies and returns the plans' heads, which say where each body lies.</summary>
    public static IReadOnlyList<StoredPlanHead> Write(IReadOnlyList<Plan> plans, string file, MessagePackSerializerOptions options)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> header = stackalloc byte[HeaderLength];
        Marker.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], plans.Count);
        stream.Write(header);
        var heads = new StoredPlanHead[plans.Count];
        for (var p = 0; p < plans.Count; p++)
        {
            var bytes = MessagePackSerializer.Serialize(PlanBody.Of(plans[p]), options);
            heads[p] = StoredPlanHead.Of(plans[p], stream.Position, bytes.Length);
            stream.Write(bytes);
        }
        stream.Flush(flushToDisk: true);
        return heads;
    }

    /// <summary>Maps the file and checks that it holds the bodies the heads place in it.</summary>
    /// <exception cref="DamagedIndexException">The file is missing, is not a bodies file, or does not end where the heads say.</exception>
    internal static MappedPlanBodies Open(string file, IReadOnlyList<StoredPlanHead> heads, MessagePackSerializerOptions options)
    {
        long length;
        try
        {
            length = new FileInfo(file).Length;
        }
        catch (FileNotFoundException e)
        {
            throw Damaged(file, "it is missing", e);
        }
        if (length < HeaderLength)
            throw Damaged(file, $"it is {length:N0} bytes long, shorter than its header");
        var map = MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            var header = new byte[HeaderLength];
            view.ReadArray(0, header, 0, HeaderLength);
            if (!header.AsSpan(0, Marker.Length).SequenceEqual(Marker))
                throw Damaged(file, "it is not a plans' bodies file");
            var version = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
            if (version != Version)
                throw Damaged(file, $"it is stored in version {version}; this version of SearchPlans reads version {Version}");
            var count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
            if (count != heads.Count)
                throw Damaged(file, $"it holds {count:N0} plans and the corpus file {heads.Count:N0}");
            var end = heads.Count == 0 ? HeaderLength : heads[^1].BodyOffset + heads[^1].BodyLength;
            if (end != length)
                throw Damaged(file, $"the corpus file places its plans' bodies up to byte {end:N0}, and it is {length:N0} bytes long");
            return new MappedPlanBodies(file, map, view, options);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    internal static DamagedIndexException Damaged(string file, string reason, Exception? inner = null) =>
        new($"\"{file}\" could not be read as the plans' bodies: {reason}", inner ?? new InvalidDataException(reason));
}
