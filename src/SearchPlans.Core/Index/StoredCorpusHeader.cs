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
/// <see cref="LinkColumnsFile"/> beside the file instead of in chunks after the references. Version 4 adds a tenth,
/// whether the plans' bodies are in a <see cref="PlanBodiesFile"/> beside it, the file holding their
/// <see cref="StoredPlanHead"/>s; a corpus stored whole in one file is still written in version 3. Versions 2 to 4
/// are read.
/// </remarks>
internal sealed record StoredCorpusHeader(LinkScope Scope, int Plans, int References, int Links, bool HasRarity, int LinkRules, bool LinksApart = false, bool PlansApart = false)
{
    private const string Marker = "searchplans-corpus";
    private const int Version = 4;

    private const int Values = 10;

    /// <summary>How many values the header of each version read holds.</summary>
    private static readonly Dictionary<int, int[]> ValuesOf = new() { [2] = [7, 8], [3] = [9], [4] = [10] };

    // Enough for the marker, the version and eight counts and flags, whatever their size.
    private const int MaxLength = 96;

    public static StoredCorpusHeader Of(Corpus corpus, bool linksApart, bool plansApart) =>
        new(corpus.Scope, corpus.Plans.Count, corpus.References.Count, corpus.Links.Count, corpus.Rarity is not null, corpus.LinkRules, linksApart, plansApart);

    public void WriteTo(Stream stream)
    {
        var buffer = new ArrayBufferWriter<byte>(MaxLength);
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(PlansApart ? Values : Values - 1);
        writer.Write(Marker);
        writer.Write(PlansApart ? Version : Version - 1);
        writer.Write((int)Scope);
        writer.Write(Plans);
        writer.Write(References);
        writer.Write(Links);
        writer.Write(HasRarity);
        writer.Write(LinkRules);
        writer.Write(LinksApart);
        if (PlansApart)
            writer.Write(PlansApart);
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
        if (!ValuesOf.TryGetValue(version, out var expected) || !expected.Contains(values))
            throw new InvalidDataException($"it is stored in layout version {version}; this version of SearchPlans reads versions 2 to {Version}");
        var header = new StoredCorpusHeader(
            (LinkScope)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(),
            values >= 8 ? reader.ReadInt32() : 0, values >= 9 && reader.ReadBoolean(), values >= 10 && reader.ReadBoolean());
        stream.Position = start + reader.Consumed;
        return header;
    }

    /// <summary>How many values the header holds (7 to 10), or 0 when the stream does not start with one.</summary>
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
