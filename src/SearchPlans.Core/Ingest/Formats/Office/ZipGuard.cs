using System.IO.Compression;

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
            throw new UnreadableDocumentException($"the {kind} is damaged: its zip container cannot be opened ({e.Message}); is the file complete?");
        }
        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
                throw new UnreadableDocumentException($"the {kind} holds {archive.Entries.Count:N0} parts, over the {MaxEntries:N0} a document may have");
            var declared = archive.Entries.Sum(e => e.Length);
            if (declared > MaxInflatedBytes)
                throw Bomb(kind, $"its parts declare {declared / 1048576.0:N0} MB");
            // Deflate never makes data much bigger, so a part with more compressed bytes than it declares inflated lies
            // about its size; the zip reader would stop at the declared size, and the rest would be lost unseen.
            if (archive.Entries.FirstOrDefault(e => e.CompressedLength > e.Length + e.Length / 100 + 1024) is { } lying)
                throw Bomb(kind, $"its part {lying.FullName} declares {lying.Length:N0} bytes but holds {lying.CompressedLength:N0} compressed");
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
                            throw Bomb(kind, "its parts inflate to more than their declared sizes");
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new UnreadableDocumentException($"the {kind} is damaged: its part {entry.FullName} cannot be read ({e.Message})");
                }
            }
        }
    }

    private static UnreadableDocumentException Bomb(string kind, string why) =>
        new($"the {kind} is refused as a zip bomb: {why} (a plan's document inflates to at most {MaxInflatedBytes / 1048576} MB)");
}
