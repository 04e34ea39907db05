using MessagePack;
using MessagePack.Resolvers;
using SearchPlans.Model;

namespace SearchPlans.Index;

/// <summary>Saves the parsed corpus beside the Lucene index, so later commands load it without re-parsing.</summary>
public static class CorpusStore
{
    // Contractless: the model records stay free of serializer attributes; members are matched by name.
    private static readonly MessagePackSerializerOptions Options = ContractlessStandardResolver.Options
        .WithCompression(MessagePackCompression.Lz4BlockArray);

    public static byte[] Serialize(Corpus corpus) => MessagePackSerializer.Serialize(corpus, Options);

    public static Corpus Deserialize(byte[] bytes) => MessagePackSerializer.Deserialize<Corpus>(bytes, Options);

    public static void Save(Corpus corpus, string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        File.WriteAllBytes(IndexLayout.CorpusFile(indexDirectory), Serialize(corpus));
    }

    public static Corpus Load(string indexDirectory) =>
        Deserialize(File.ReadAllBytes(IndexLayout.CorpusFile(indexDirectory)));
}
