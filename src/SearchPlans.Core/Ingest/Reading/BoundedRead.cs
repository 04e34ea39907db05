namespace SearchPlans.Ingest.Reading;

/// <summary>
/// Reads at most a given number of bytes of a file, counting what is actually read: a file's reported length can
/// lie (a device reports 0, a file can grow while it is read).
/// </summary>
internal static class BoundedRead
{
    /// <returns>The bytes, or null when the file holds more than <paramref name="maxBytes"/>.</returns>
    public static byte[]? AtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (content.Length + read > maxBytes)
                return null;
            content.Write(buffer, 0, read);
        }
        return content.ToArray();
    }

    /// <summary>The file's first bytes, at most <paramref name="count"/>.</summary>
    public static byte[] Head(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var head = new byte[count];
        var read = stream.ReadAtLeast(head, count, throwOnEndOfStream: false);
        return head[..read];
    }
}
