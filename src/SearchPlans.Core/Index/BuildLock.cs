namespace SearchPlans.Index;

/// <summary>
/// One build at a time per index folder: an exclusively opened lock file, released by the operating system
/// even when the process is killed, so a dead build never blocks the next one.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private const string FileName = "build.lock";
    private readonly FileStream stream;

    private BuildLock(FileStream stream) => this.stream = stream;

    /// <exception cref="IOException">Another build of this index folder is running.</exception>
    public static BuildLock Acquire(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = Path.Combine(indexDirectory, FileName);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new IOException($"another build of the index in \"{indexDirectory}\" is running (it holds {FileName}); wait for it to finish.", e);
        }
    }

    public void Dispose() => stream.Dispose();
}
