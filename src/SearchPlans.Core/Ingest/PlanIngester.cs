namespace SearchPlans.Ingest;

/// <summary>Reads plan files into the model. One bad file never stops the others.</summary>
public sealed class PlanIngester
{
    /// <summary>Reads every regular file of a folder (sorted by name, so the order is stable).</summary>
    public IReadOnlyList<IngestResult> IngestDirectory(string directory) =>
        Directory.EnumerateFiles(directory).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal).Select(IngestFile).ToList();

    public IngestResult IngestFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            return Ingest(name, File.ReadAllBytes(path));
        }
        catch (IOException e)
        {
            return IngestResult.Failed(name, $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return IngestResult.Failed(name, $"cannot read the file: {e.Message}");
        }
    }

    public IngestResult Ingest(string sourceName, byte[] content) =>
        throw new NotImplementedException("ingestion lands in the ingest change");
}
