using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Saves the parsed corpus beside the Lucene index, so later commands load it without re-parsing.</summary>
public static class CorpusStore
{
    // Contractless: the model records stay free of serializer attributes; members are matched by name. Strings are
    // interned as they are read: links repeat a few thousand distinct ids and evidence terms hundreds of thousands of
    // times, and one copy of each cuts the loaded corpus to a third (152 MB to 46 MB on 100 generated plans).
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([new StringInterningFormatter()], [ContractlessStandardResolver.Instance]))
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    public static byte[] Serialize(Corpus corpus) => MessagePackSerializer.Serialize(corpus, Options);

    public static Corpus Deserialize(byte[] bytes) => MessagePackSerializer.Deserialize<Corpus>(bytes, Options);

    public static void Save(Corpus corpus, string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        using var stream = new FileStream(IndexLayout.CorpusFile(indexDirectory), FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(Serialize(corpus));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The corpus of an index folder's current generation (or of a folder that holds a corpus file).</summary>
    /// <exception cref="InvalidDataException">The file is not a stored corpus this version can read; the message names it.</exception>
    public static Corpus Load(string indexDirectory)
    {
        var file = IndexLayout.CorpusFile(IndexLayout.Resolve(indexDirectory));
        try
        {
            return Deserialize(File.ReadAllBytes(file));
        }
        catch (MessagePackSerializationException e)
        {
            throw new InvalidDataException($"\"{file}\" could not be read as a stored corpus: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}
