using System.IO.Compression;
using SearchPlans.Localization;

namespace SearchPlans.Ingest.Formats.Office;

/// <summary>
/// Checks a Word or Excel file's zip container before a library opens it: a damaged archive is named as such, and a
/// zip bomb (a few kilobytes that inflate to gigabytes) is refused by the sizes its entries declare, by a declared size
/// smaller than the entry's compressed data (a lie), and by the bytes they actually inflate to, counted while reading
/// and stopped at the limit.
/// </summary>
internal static class ZipGuard
{
    /// <summary>
    /// All entries together, inflated. A real plan's document.xml is a few megabytes and a 分工方案 sheet a few more; a
    /// file of 16 MB of text (the limit for one plan) inflates to far less than this.
    /// </summary>
    public const long MaxInflatedBytes = 128L * 1024 * 1024;

    private const int MaxEntries = 10_000;

    public static void Check(byte[] content, string kind)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException("the {0} is damaged: its zip container cannot be opened ({1}); is the file complete?", new EngineMessage(kind), e.Message);
        }
        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
                throw new UnreadableDocumentException("the {0} holds {1} parts, over the {2} a document may have", new EngineMessage(kind), EngineMessage.Figure(archive.Entries.Count), EngineMessage.Figure(MaxEntries));
            var declared = archive.Entries.Sum(e => e.Length);
            if (declared > MaxInflatedBytes)
                throw Bomb(kind, new EngineMessage("its parts declare {0} MB", EngineMessage.Figure(declared / 1048576.0)));
            // Deflate never makes data much bigger, so a part with more compressed bytes than it declares inflated lies
            // about its size; the zip reader would stop at the declared size, and the rest would be lost unseen.
            if (archive.Entries.FirstOrDefault(e => e.CompressedLength > e.Length + e.Length / 100 + 1024) is { } lying)
                throw Bomb(kind, new EngineMessage("its part {0} declares {1} bytes but holds {2} compressed", lying.FullName, EngineMessage.Figure(lying.Length), EngineMessage.Figure(lying.CompressedLength)));
            var inflated = 0L;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                try
                {
                    using var stream = entry.Open();
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        inflated += read;
                        if (inflated > MaxInflatedBytes)
                            throw Bomb(kind, new EngineMessage("its parts inflate to more than their declared sizes"));
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new UnreadableDocumentException("the {0} is damaged: its part {1} cannot be read ({2})", new EngineMessage(kind), entry.FullName, e.Message);
                }
            }
        }
    }

    private static UnreadableDocumentException Bomb(string kind, EngineMessage why) =>
        new("the {0} is refused as a zip bomb: {1} (a plan's document inflates to at most {2} MB)", new EngineMessage(kind), why, MaxInflatedBytes / 1048576);
}
