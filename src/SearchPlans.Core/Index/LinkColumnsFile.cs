using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// A stored corpus's links as a file of columns beside it (links.columns), which a reader maps into memory and reads
/// link by link (<see cref="MappedLinkTable"/>) instead of loading: a national corpus holds millions of links, and
/// loading them was most of the server's start and of its heap (docs/performance.md, issue 26).
/// </summary>
/// <remarks>
/// A header of 72 bytes (a marker, the version, the counts, the digest of the requirement ids the counterpart runs
/// number), then the columns of a <see cref="LinkTable"/> one after the other, each starting on a multiple of 8 bytes:
/// the strings' UTF-8 byte offsets (one more than strings), their bytes, sources, targets, kinds, relations,
/// confidences, scores, both containments, evidence starts (one more than links), evidence; then the corpus's
/// <see cref="CounterpartRuns"/>: starts (one more than requirements), trusted counts, entries. From version 2 the
/// <see cref="ReviewRuns"/> follow, so a server neither sorts nor holds the review order: a block of counts (sides,
/// entries, selections, then each selection's links from gone ids), then side starts (one more than sides), entries,
/// each selection's counts before each requirement (one more than requirements), each selection's links from gone
/// ids, and the gone ids as string numbers. A version 1 file (an older index folder) is read without them. Numbers are
/// little-endian, as every platform .NET runs on stores them.
/// </remarks>
public static class LinkColumnsFile
{
    public const string FileName = "links.columns";

    private static ReadOnlySpan<byte> Marker => "SPLINKS\0"u8;
    private const int Version = 2;
    private const int VersionWithoutReviewRuns = 1;
    internal const int HeaderLength = 72;
    private const int DigestLength = 32;

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>Writes the corpus's links, and their counterpart runs grouped for its requirements.</summary>
    public static void Write(Corpus corpus, string file)
    {
        var table = corpus.Links as LinkTable ?? LinkTable.Of(corpus.Links);
        var columns = table.Columns;
        var positions = CounterpartRuns.PositionsOf(corpus.Plans);
        var (starts, entries, trusted) = CounterpartRuns.Group(table, positions, positions.Count).Columns;
        var digest = CounterpartRuns.DigestOf(positions.OrderBy(p => p.Value).Select(p => p.Key));
        var (sides, order, listedBefore, unplaced, gone) = ReviewRuns.Group(corpus.Plans, table).Columns;
        var numbers = gone.Length == 0 ? [] : NumbersOf(columns.Strings, gone);
        var offsets = new long[columns.Strings.Length + 1];
        for (var s = 0; s < columns.Strings.Length; s++)
            offsets[s + 1] = offsets[s] + Encoding.UTF8.GetByteCount(columns.Strings[s]);

        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Span<byte> header = stackalloc byte[HeaderLength];
        Marker.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], columns.Sources.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], columns.Strings.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], columns.Evidence.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], offsets[^1]);
        BinaryPrimitives.WriteInt32LittleEndian(header[32..], trusted.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[36..], entries.Length);
        digest.CopyTo(header[40..]);
        stream.Write(header);

        WriteColumn<long>(stream, offsets);
        var buffer = new byte[1 << 16];
        foreach (var text in columns.Strings)
        {
            if (buffer.Length < Encoding.UTF8.GetMaxByteCount(text.Length))
                buffer = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
            stream.Write(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
        }
        Pad(stream);
        WriteColumn<int>(stream, columns.Sources);
        WriteColumn<int>(stream, columns.Targets);
        WriteColumn<byte>(stream, columns.Kinds);
        WriteColumn<byte>(stream, columns.Relations);
        WriteColumn<byte>(stream, columns.Confidences);
        WriteColumn<double>(stream, columns.Scores);
        WriteColumn<double>(stream, columns.SourceInTarget);
        WriteColumn<double>(stream, columns.TargetInSource);
        WriteColumn<int>(stream, columns.EvidenceStarts);
        WriteColumn<int>(stream, columns.Evidence);
        WriteColumn<int>(stream, starts);
        WriteColumn<int>(stream, trusted);
        WriteColumn<int>(stream, entries);

        WriteColumn<int>(stream, [sides.Length - 1, order.Length, unplaced.Length, .. unplaced.Select(u => u.Length)]);
        WriteColumn<int>(stream, sides);
        WriteColumn<int>(stream, order);
        foreach (var counts in listedBefore)
            WriteColumn<int>(stream, counts);
        foreach (var links in unplaced)
            WriteColumn<int>(stream, links);
        WriteColumn<int>(stream, numbers);
        stream.Flush(flushToDisk: true);
    }

    // The ids links name that the corpus no longer has are few (none in a corpus linked as a whole), so their numbers
    // are looked up in one pass over the strings rather than kept by the table.
    private static int[] NumbersOf(IReadOnlyList<string> strings, string[] ids)
    {
        var wanted = ids.Select((id, g) => (id, g)).ToDictionary(p => p.id, p => p.g, StringComparer.Ordinal);
        var numbers = new int[ids.Length];
        for (var s = 0; s < strings.Count; s++)
            if (wanted.Remove(strings[s], out var g))
                numbers[g] = s;
        return wanted.Count == 0 ? numbers : throw new InvalidOperationException("a link names an id the links' strings do not hold");
    }

    /// <summary>Maps the file for reading; the table holds the mapping until it is disposed or collected.</summary>
    /// <exception cref="InvalidDataException">The file is missing, or is not a links file this version reads; the message names it and why.</exception>
    public static MappedLinkTable Open(string file)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"the links file \"{file}\" could not be opened: {e.Message}", e);
        }
        try
        {
            var layout = ReadLayout(stream);
            var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            return new MappedLinkTable(map, layout);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InvalidDataException($"the links file \"{file}\" could not be read: {e.Message}", e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static LinkColumnsLayout ReadLayout(FileStream stream)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength || !header[..8].SequenceEqual(Marker))
            throw new InvalidDataException("it does not start as a links file");
        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version is not (Version or VersionWithoutReviewRuns))
            throw new InvalidDataException($"it is stored in version {version}; this version of SearchPlans reads versions {VersionWithoutReviewRuns} and {Version}");
        var layout = LinkColumnsLayout.Of(
            BinaryPrimitives.ReadInt32LittleEndian(header[12..]), BinaryPrimitives.ReadInt32LittleEndian(header[16..]),
            BinaryPrimitives.ReadInt32LittleEndian(header[20..]), BinaryPrimitives.ReadInt64LittleEndian(header[24..]),
            BinaryPrimitives.ReadInt32LittleEndian(header[32..]), BinaryPrimitives.ReadInt32LittleEndian(header[36..]),
            header.Slice(40, DigestLength).ToArray());
        if (version == Version)
            layout = layout with { Review = ReadReviewLayout(stream, layout) };
        if (layout.Length != stream.Length)
            throw new InvalidDataException($"its header promises {layout.Length:N0} bytes and it holds {stream.Length:N0} (cut short or written over)");
        return layout;
    }

    private static ReviewRunsLayout ReadReviewLayout(FileStream stream, LinkColumnsLayout links)
    {
        var selections = ReviewRuns.Selections.Length;
        var counts = new byte[4 * (3 + selections)];
        if (stream.Length < links.End)
            throw new InvalidDataException($"its header promises at least {links.End:N0} bytes and it holds {stream.Length:N0} (cut short or written over)");
        stream.Position = links.End;
        if (stream.ReadAtLeast(counts, counts.Length, throwOnEndOfStream: false) < counts.Length)
            throw new InvalidDataException($"its review order is cut short: it holds {stream.Length:N0} bytes, and its counts end at byte {links.End + counts.Length:N0}");
        int At(int k) => BinaryPrimitives.ReadInt32LittleEndian(counts.AsSpan(4 * k));
        if (At(2) != selections)
            throw new InvalidDataException($"its review order has {At(2)} selections; this version of SearchPlans reads {selections}");
        return ReviewRunsLayout.Of(links, At(0), At(1), [.. Enumerable.Range(3, selections).Select(At)]);
    }

    private static void WriteColumn<T>(Stream stream, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        stream.Write(MemoryMarshal.AsBytes(values));
        Pad(stream);
    }

    private static void Pad(Stream stream)
    {
        Span<byte> zeros = stackalloc byte[8];
        zeros.Clear();
        stream.Write(zeros[..(int)(LinkColumnsLayout.Aligned(stream.Position) - stream.Position)]);
    }
}

/// <summary>Where each column of a links file starts, from the counts in its header.</summary>
internal sealed record LinkColumnsLayout(
    int Links, int Strings, int EvidenceCount, int Requirements, int Entries, byte[] RequirementDigest,
    long Offsets, long Bytes, long Sources, long Targets, long Kinds, long Relations, long Confidences,
    long Scores, long SourceInTarget, long TargetInSource, long EvidenceStarts, long Evidence,
    long RunStarts, long Trusted, long RunEntries, long End)
{
    /// <summary>Where the review order's columns start, when the file holds them (version 2).</summary>
    public ReviewRunsLayout? Review { get; init; }

    public long Length => Review?.Length ?? End;

    public static LinkColumnsLayout Of(int links, int strings, int evidence, long stringBytes, int requirements, int entries, byte[] digest)
    {
        if (links < 0 || strings < 0 || evidence < 0 || stringBytes < 0 || requirements < 0 || entries < 0)
            throw new InvalidDataException("its header holds a negative count");
        var at = (long)LinkColumnsFile.HeaderLength;
        long Next(long bytes)
        {
            var start = at;
            at = Aligned(at + bytes);
            return start;
        }
        return new LinkColumnsLayout(links, strings, evidence, requirements, entries, digest,
            Offsets: Next(8L * (strings + 1)), Bytes: Next(stringBytes), Sources: Next(4L * links), Targets: Next(4L * links),
            Kinds: Next(links), Relations: Next(links), Confidences: Next(links),
            Scores: Next(8L * links), SourceInTarget: Next(8L * links), TargetInSource: Next(8L * links),
            EvidenceStarts: Next(4L * (links + 1)), Evidence: Next(4L * evidence),
            RunStarts: Next(4L * (requirements + 1)), Trusted: Next(4L * requirements), RunEntries: Next(4L * entries), End: at);
    }

    public static long Aligned(long position) => (position + 7) & ~7L;
}

/// <summary>Where each column of the review order starts in a links file, from its counts.</summary>
internal sealed record ReviewRunsLayout(
    int Sides, int Entries, int[] Unplaced, long Starts, long Order, long[] ListedBefore, long[] UnplacedLinks, long GoneIds, long Length)
{
    public static ReviewRunsLayout Of(LinkColumnsLayout links, int sides, int entries, int[] unplaced)
    {
        if (sides < links.Requirements || entries < 0 || unplaced.Any(u => u < 0))
            throw new InvalidDataException("its review order holds a negative count, or fewer sides than requirements");
        var at = LinkColumnsLayout.Aligned(links.End + 4L * (3 + unplaced.Length));
        long Next(long bytes)
        {
            var start = at;
            at = LinkColumnsLayout.Aligned(at + bytes);
            return start;
        }
        var starts = Next(4L * (sides + 1));
        var order = Next(4L * entries);
        var listedBefore = unplaced.Select(_ => Next(4L * (links.Requirements + 1))).ToArray();
        var unplacedLinks = unplaced.Select(u => Next(4L * u)).ToArray();
        var goneIds = Next(4L * (sides - links.Requirements));
        return new ReviewRunsLayout(sides, entries, unplaced, starts, order, listedBefore, unplacedLinks, goneIds, at);
    }
}
