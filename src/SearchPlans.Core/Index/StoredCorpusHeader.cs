using System.Buffers;
using MessagePack;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>
/// The first value of a stored corpus file: a marker, the layout version, and how many plans, references and links
/// the chunks after it hold. Written uncompressed, so it can be told from a file stored as one compressed value.
/// </summary>
/// <remarks>
/// The link rules were added as an eighth value within layout version 2: a header of seven values is from before
/// them, and its links count as made under rules 0. Version 3 adds a ninth, whether the links are in a
/// <see cref="LinkColumnsFile"/> beside the file instead of in chunks after the references; versions 2 and 3 are read.
/// </remarks>
internal sealed record StoredCorpusHeader(LinkScope Scope, int Plans, int References, int Links, bool HasRarity, int LinkRules, bool LinksApart = false)
{
    private const string Marker = "searchplans-corpus";
    private const int Version = 3;

    private const int Values = 9;

    // Enough for the marker, the version and seven counts and flags, whatever their size.
    private const int MaxLength = 96;

    public static StoredCorpusHeader Of(Corpus corpus, bool linksApart) =>
        new(corpus.Scope, corpus.Plans.Count, corpus.References.Count, corpus.Links.Count, corpus.Rarity is not null, corpus.LinkRules, linksApart);

    public void WriteTo(Stream stream)
    {
        var buffer = new ArrayBufferWriter<byte>(MaxLength);
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(Values);
        writer.Write(Marker);
        writer.Write(Version);
        writer.Write((int)Scope);
        writer.Write(Plans);
        writer.Write(References);
        writer.Write(Links);
        writer.Write(HasRarity);
        writer.Write(LinkRules);
        writer.Write(LinksApart);
        writer.Flush();
        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>
    /// The header at the stream's position, leaving the stream just after it; or null, with the stream where it was,
    /// when the stream does not start with one (a corpus stored as one value, before chunks).
    /// </summary>
    /// <exception cref="InvalidDataException">The header is from a later layout version.</exception>
    public static StoredCorpusHeader? TryRead(Stream stream)
    {
        var start = stream.Position;
        var bytes = new byte[MaxLength];
        var length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        var reader = new MessagePackReader(bytes.AsMemory(0, length));
        var values = StartsWithMarker(ref reader);
        if (values == 0)
        {
            stream.Position = start;
            return null;
        }
        var version = reader.ReadInt32();
        if (version is not (2 or Version) || (version == Version) != (values == Values))
            throw new InvalidDataException($"it is stored in layout version {version}; this version of SearchPlans reads versions 2 and {Version}");
        var header = new StoredCorpusHeader(
            (LinkScope)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(),
            values >= 8 ? reader.ReadInt32() : 0, values == Values && reader.ReadBoolean());
        stream.Position = start + reader.Consumed;
        return header;
    }

    /// <summary>How many values the header holds (7 to 9), or 0 when the stream does not start with one.</summary>
    private static int StartsWithMarker(ref MessagePackReader reader)
    {
        try
        {
            if (reader.NextMessagePackType != MessagePackType.Array)
                return 0;
            var values = reader.ReadArrayHeader();
            return values is >= 7 and <= Values && reader.NextMessagePackType == MessagePackType.String && reader.ReadString() == Marker ? values : 0;
        }
        catch (EndOfStreamException)
        {
            return 0;
        }
    }
}
